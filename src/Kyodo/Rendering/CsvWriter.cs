using System.Text;

namespace Kyodo.Rendering;

/// <summary>Writes canonical CSV: RFC 4180, UTF-8 without BOM, LF line ends, quotes only where needed.</summary>
public static class CsvWriter
{
    public static string Write(IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string>> rows)
    {
        var sb = new StringBuilder();
        Line(sb, header);
        foreach (var row in rows) Line(sb, row);
        return sb.ToString();
    }

    private static void Line(StringBuilder sb, IReadOnlyList<string> cells)
    {
        for (var i = 0; i < cells.Count; i++)
        {
            if (i > 0) sb.Append(',');
            var cell = cells[i];
            if (cell.IndexOfAny([',', '"', '\n', '\r']) >= 0) sb.Append('"').Append(cell.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"');
            else sb.Append(cell);
        }
        sb.Append('\n');
    }
}
