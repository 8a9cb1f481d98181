using System.Globalization;
using Kyodo.Diagnostics;
using Kyodo.Loading.Csv;
using Kyodo.Schema;
using Kyodo.Xlsx;

namespace Kyodo.Tests.Testing;

/// <summary>Turns the shipped CSV tables into Excel workbooks, as a clerk's "save as .xlsx" would: numbers as numbers.</summary>
public static class Workbooks
{
    /// <summary>The CSV file as a one-sheet workbook named after the table; numeric columns become number cells.</summary>
    public static byte[] FromCsv(string csvPath, TableSpec spec, string? sheetName = null)
    {
        var table = CsvTableReader.Read(File.ReadAllText(csvPath), csvPath, new DiagnosticBag())
            ?? throw new InvalidOperationException("unreadable " + csvPath);
        var names = table.Header.Select(h => h.Value).ToList();
        var rows = table.Records.Select(r => (IReadOnlyList<object?>)r.Cells.Select((c, i) => Typed(c.Value, spec.Field(names[i]))).ToList()).ToList();
        var columns = names.Select(n => spec.Field(n) is { } field ? TableSheets.Column(field) : new WorkbookColumn(n)).ToList();
        return XlsxWriter.Write([new WorkbookSheet(sheetName ?? spec.Name, columns) { Rows = rows }]);
    }

    /// <summary>A one-sheet workbook whose first row is the header (a null leaves that header cell empty).</summary>
    public static WorkbookSheet Sheet(string name, params IReadOnlyList<object?>[] rows) =>
        new(name, rows[0].Select(h => new WorkbookColumn((string?)h)).ToList()) { Rows = rows[1..] };

    /// <summary>Replaces every CSV table of a plan folder by an .xlsx workbook; returns how many were converted.</summary>
    public static int ConvertPlan(string planDirectory)
    {
        var n = 0;
        foreach (var spec in Tables.All)
        {
            var csv = Path.Combine(planDirectory, spec.FileName);
            if (!File.Exists(csv)) continue;
            File.WriteAllBytes(Path.Combine(planDirectory, spec.Name + ".xlsx"), FromCsv(csv, spec));
            File.Delete(csv);
            n++;
        }
        return n;
    }

    private static object? Typed(string value, FieldSpec? field)
    {
        if (value.Length == 0) return null;
        return field?.Type switch
        {
            FieldType.Integer or FieldType.Year when int.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var i) => i,
            FieldType.Number when decimal.TryParse(value, NumberStyles.Number & ~NumberStyles.AllowThousands, CultureInfo.InvariantCulture, out var d) => d,
            FieldType.Boolean when value is "true" or "false" => value == "true",
            _ => value,
        };
    }
}
