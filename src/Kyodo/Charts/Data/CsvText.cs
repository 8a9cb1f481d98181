using System.Text;

namespace Kyodo.Charts.Data;

/// <summary>RFC 4180 CSV text: comma-separated, CRLF line ends, fields quoted when they need it.</summary>
internal sealed class CsvText
{
    private readonly StringBuilder _text = new();

    public CsvText Row(params string?[] fields)
    {
        for (var i = 0; i < fields.Length; i++)
        {
            if (i > 0) _text.Append(',');
            var f = fields[i] ?? "";
            if (f.IndexOfAny([',', '"', '\r', '\n']) >= 0) _text.Append('"').Append(f.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"');
            else _text.Append(f);
        }
        _text.Append("\r\n");
        return this;
    }

    public override string ToString() => _text.ToString();
}
