using System.Globalization;
using System.Text;
using ExcelDataReader;
using Kyodo.Diagnostics;
using Kyodo.Loading.Csv;
using Kyodo.Schema;

namespace Kyodo.Loading.Excel;

/// <summary>A sheet turned into the cell structure of a CSV file, and the name of the sheet it came from.</summary>
public sealed record ExcelTable(CsvTable Table, string Sheet);

/// <summary>
/// Reads a table kept as an Excel workbook (.xlsx). The sheet named like the table (<c>project_years</c>)
/// is used, or else the first sheet. Row 1 holds the column names, as in CSV; every cell becomes text in
/// the canonical CSV form (numbers without separators, years as four digits), so that the same checks as
/// for CSV apply and every message names the sheet, the row and Excel's column letter.
/// </summary>
public static class ExcelTableReader
{
    static ExcelTableReader()
    {
        // ExcelDataReader asks for legacy code pages while opening a workbook; .NET has them only once registered.
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
    }

    public static ExcelTable? Read(string path, string display, TableSpec spec, DiagnosticBag diagnostics)
    {
        List<List<object?>> rows;
        string sheet;
        int sheetIndex;
        try
        {
            using var stream = File.OpenRead(path);
            using var reader = ExcelReaderFactory.CreateOpenXmlReader(stream);
            var index = ChooseSheet(reader, spec.Name);
            sheetIndex = index;
            reader.Reset();
            for (var i = 0; i < index; i++) reader.NextResult();
            sheet = reader.Name;
            rows = ReadRows(reader, spec);
        }
        catch (Exception ex) when (ex is IOException or InvalidDataException or UnauthorizedAccessException
                                       || ex.GetType().Namespace?.StartsWith("ExcelDataReader", StringComparison.Ordinal) == true
                                       || ex is System.Xml.XmlException or NotSupportedException or InvalidOperationException)
        {
            var (ja, en) = WorkbookInspection.WhyUnreadable(path, ex);
            diagnostics.Add(Messages.ExcelUnreadable(new SourceLocation(display), ja, en, ex.Message));
            return null;
        }

        // A formula's value is the one Excel last saved, which a tool that did not recalculate may have left stale,
        // and the formula itself is lost on the way to the CSV the site publishes: say so, cell by cell.
        var formulas = WorkbookInspection.Formulas(path, sheetIndex);
        foreach (var f in formulas.Take(MaxFormulaWarnings))
        {
            var value = f.Row - 1 < rows.Count && f.Column - 1 < rows[f.Row - 1].Count ? Text(rows[f.Row - 1][f.Column - 1], null) : "";
            diagnostics.Add(Messages.ExcelFormula(new SourceLocation(display, f.Row, f.Column, null, sheet), f.Formula, value, 0));
        }
        if (formulas.Count > MaxFormulaWarnings)
        {
            var next = formulas[MaxFormulaWarnings];
            diagnostics.Add(Messages.ExcelFormula(new SourceLocation(display, next.Row, next.Column, null, sheet), next.Formula, "",
                formulas.Count - MaxFormulaWarnings));
        }

        if (rows.Count == 0 || rows[0].All(IsBlank))
        {
            diagnostics.Add(Messages.EmptyFile(new SourceLocation(display, 1, 0, null, sheet)));
            return null;
        }

        var header = new List<CsvCell>();
        for (var c = 0; c < rows[0].Count; c++)
        {
            if (!IsBlank(rows[0][c])) header.Add(new CsvCell(Text(rows[0][c], null), 1, c + 1));
        }

        var ok = true;
        var records = new List<CsvRecord>();
        for (var r = 1; r < rows.Count; r++)
        {
            var row = rows[r];
            if (row.All(IsBlank)) continue;
            var line = r + 1;
            for (var c = 0; c < row.Count; c++)
            {
                if (!IsBlank(row[c]) && (c >= rows[0].Count || IsBlank(rows[0][c])))
                {
                    diagnostics.Add(Messages.ExcelCellOutsideTable(new SourceLocation(display, line, c + 1, null, sheet), Text(row[c], null)));
                    ok = false;
                }
            }
            var cells = header.Select(h =>
            {
                var value = h.Column - 1 < row.Count ? row[h.Column - 1] : null;
                return new CsvCell(Text(value, spec.Field(h.Value.Trim())), line, h.Column);
            }).ToList();
            records.Add(new CsvRecord(line, cells));
        }
        return ok ? new ExcelTable(new CsvTable(display, header, records), sheet) : null;
    }

    /// <summary>Formula cells named one by one; the rest are counted in one more warning.</summary>
    private const int MaxFormulaWarnings = 20;

    private static int ChooseSheet(IExcelDataReader reader, string name)
    {
        var index = 0;
        do
        {
            if (string.Equals(reader.Name, name, StringComparison.OrdinalIgnoreCase)) return index;
            index++;
        } while (reader.NextResult());
        return 0;
    }

    private static List<List<object?>> ReadRows(IExcelDataReader reader, TableSpec spec)
    {
        var rows = new List<List<object?>>();
        while (reader.Read())
        {
            var row = new List<object?>(reader.FieldCount);
            for (var c = 0; c < reader.FieldCount; c++)
            {
                var value = reader.GetValue(c);
                // A number keeps the decimals its cell shows (70.0 stays 70.0), as a CSV written by Excel would.
                if (value is double d && Decimals(reader.GetNumberFormatString(c)) is { } places)
                {
                    value = Math.Round((decimal)d, places).ToString("F" + places.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
                }
                row.Add(value);
            }
            rows.Add(row);
        }
        return rows;
    }

    /// <summary>Decimal places of a fixed number format ("0.0", "#,##0.00"); null for General and the like.</summary>
    private static int? Decimals(string? format)
    {
        if (string.IsNullOrEmpty(format) || format.Contains("General", StringComparison.OrdinalIgnoreCase)) return null;
        var section = format.Split(';')[0];
        var dot = section.IndexOf('.', StringComparison.Ordinal);
        if (dot < 0) return section.Contains('0') ? 0 : null;
        var places = 0;
        for (var i = dot + 1; i < section.Length && section[i] is '0' or '#'; i++) places++;
        return places;
    }

    private static bool IsBlank(object? value) => value is null || (value is string s && s.Trim().Length == 0);

    /// <summary>A cell's value in the canonical text form of its column.</summary>
    private static string Text(object? value, FieldSpec? field) => value switch
    {
        null => "",
        string s => s.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n'),
        bool b => b ? "true" : "false",
        double d => ((decimal)d).ToString(CultureInfo.InvariantCulture),
        DateTime t when field?.Type == FieldType.Month => t.ToString("yyyy-MM", CultureInfo.InvariantCulture),
        DateTime t when field?.Type == FieldType.Year => t.ToString("yyyy", CultureInfo.InvariantCulture),
        DateTime t => t.TimeOfDay == TimeSpan.Zero ? t.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : t.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };
}
