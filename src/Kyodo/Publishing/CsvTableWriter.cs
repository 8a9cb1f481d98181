using System.Globalization;
using CsvHelper;
using Kyodo.Schema;

namespace Kyodo.Publishing;

/// <summary>
/// Every CSV Kyodo writes goes through CsvHelper's writer with one configuration: RFC 4180 with CRLF record ends,
/// the header in the order of the table's definition, and quotes only where a cell needs them or starts or ends
/// with white space (which some readers would trim). The canonical file is UTF-8 without a BOM, byte for byte
/// what the loader reads; the spreadsheet copy adds the BOM (so Japanese Excel reads UTF-8) and has CsvHelper
/// escape text cells a spreadsheet would run as a formula (docs/security.md). Numeric columns are written as
/// numbers, so a negative value stays a number there.
/// </summary>
public static class CsvTableWriter
{
    public static ReadOnlySpan<byte> Bom => [0xEF, 0xBB, 0xBF];

    /// <summary>The canonical file: values exactly as in the data.</summary>
    public static CsvWriterOptions CanonicalOptions { get; } = new()
    {
        NewLine = "\r\n",
        ShouldQuote = HasOuterWhiteSpace,
    };

    /// <summary>The copy made to be opened by double-click in a spreadsheet.</summary>
    public static CsvWriterOptions SpreadsheetOptions { get; } = CanonicalOptions with
    {
        WriteByteOrderMark = true,
        Injection = CsvInjection.Escape,
    };

    public static byte[] Canonical(TableData table) => Write(table, CanonicalOptions);

    public static byte[] ExcelCopy(TableData table) => Write(table, SpreadsheetOptions);

    /// <summary>A table that has no definition of its own (a chart's numbers): a header and rows of text.</summary>
    public static byte[] Rows(IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string?>> rows)
    {
        using var stream = new MemoryStream();
        using (var writer = CsvWriter.Create(stream, CanonicalOptions, leaveOpen: true))
        {
            writer.WriteHeader(header.ToArray());
            foreach (var row in rows)
            {
                foreach (var cell in row) writer.WriteField(cell ?? "");
                writer.WriteRecord([]);
            }
        }
        return stream.ToArray();
    }

    /// <summary>Streams a table into a file (generated data sets of a million rows); returns its size.</summary>
    public static long WriteFile(string path, TableSpec spec, IEnumerable<string[]> rows)
    {
        using (var stream = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16))
        using (var writer = CsvWriter.Create(stream, CanonicalOptions))
        {
            WriteTable(writer, spec, rows, spreadsheet: false);
        }
        return new FileInfo(path).Length;
    }

    private static byte[] Write(TableData table, CsvWriterOptions options)
    {
        using var stream = new MemoryStream();
        using (var writer = CsvWriter.Create(stream, options, leaveOpen: true))
        {
            WriteTable(writer, table.Spec, table.Rows, spreadsheet: options.Injection != CsvInjection.None);
        }
        return stream.ToArray();
    }

    private static void WriteTable(CsvWriter writer, TableSpec spec, IEnumerable<string[]> rows, bool spreadsheet)
    {
        writer.WriteHeader(spec.Fields.Select(f => f.Name).ToArray());
        var numeric = spec.Fields.Select(f => spreadsheet && IsNumeric(f.Type)).ToArray();
        foreach (var row in rows)
        {
            for (var i = 0; i < row.Length; i++)
            {
                if (numeric[i] && AsNumber(row[i]) is { } number) writer.WriteField(number, default);
                else writer.WriteField(row[i]);
            }
            writer.WriteRecord([]);
        }
    }

    /// <summary>Columns whose values are validated numbers: a spreadsheet shows "-5" as the number it is.</summary>
    private static bool IsNumeric(FieldType type) => type is FieldType.Integer or FieldType.Number or FieldType.Year;

    /// <summary>Quote a cell that starts or ends with any white space, full-width spaces included.</summary>
    private static bool HasOuterWhiteSpace(ReadOnlySpan<char> text, Type type, int field, long record) =>
        text.Length > 0 && (char.IsWhiteSpace(text[0]) || char.IsWhiteSpace(text[^1]));

    /// <summary>
    /// The cell as a number that CsvHelper writes back as exactly the same text (12.50 keeps its scale), so that its
    /// formula protection, which is for text, leaves it alone; null for an empty cell or one that would not read
    /// back the same.
    /// </summary>
    private static decimal? AsNumber(string text) =>
        decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value)
        && value.ToString(CultureInfo.InvariantCulture) == text ? value : null;
}
