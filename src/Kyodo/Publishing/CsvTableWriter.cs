using System.Text;

namespace Kyodo.Publishing;

/// <summary>
/// Writes a table as CSV: RFC 4180 with CRLF record ends, a header row of the field names in the order of
/// the table's definition, and quotes only where a cell needs them. The canonical file is UTF-8 without a
/// BOM, byte for byte what the loader reads; the Excel copy adds the BOM (so Japanese Excel reads UTF-8) and
/// applies <see cref="SpreadsheetSafety"/>.
/// </summary>
public static class CsvTableWriter
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public static ReadOnlySpan<byte> Bom => [0xEF, 0xBB, 0xBF];

    public static byte[] Canonical(TableData table) => Utf8.GetBytes(Text(table, forSpreadsheet: false));

    public static byte[] ExcelCopy(TableData table) => [.. Bom, .. Utf8.GetBytes(Text(table, forSpreadsheet: true))];

    public static string Text(TableData table, bool forSpreadsheet)
    {
        var sb = new StringBuilder();
        var fields = table.Spec.Fields;
        for (int i = 0; i < fields.Count; i++)
        {
            if (i > 0) sb.Append(',');
            sb.Append(Cell(fields[i].Name));
        }
        sb.Append("\r\n");
        foreach (var row in table.Rows)
        {
            for (int i = 0; i < row.Length; i++)
            {
                if (i > 0) sb.Append(',');
                sb.Append(Cell(forSpreadsheet ? SpreadsheetSafety.ForSpreadsheet(fields[i], row[i]) : row[i]));
            }
            sb.Append("\r\n");
        }
        return sb.ToString();
    }

    /// <summary>
    /// A cell, quoted when it holds a separator, a quote or a line end, or starts or ends with a space (which
    /// some readers would trim). Line ends inside a cell stay LF, as the loader reads them.
    /// </summary>
    public static string Cell(string value)
    {
        var quote = value.Length > 0 && (value.AsSpan().IndexOfAny(",\"\r\n") >= 0 || char.IsWhiteSpace(value[0]) || char.IsWhiteSpace(value[^1]));
        return quote ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
    }
}
