using Kyodo.Diagnostics;
using Kyodo.Loading.Csv;
using Kyodo.Schema;

namespace Kyodo.Loading.Rows;

/// <summary>Checks a parsed CSV file against its table definition and turns it into rows.</summary>
public static class TableReader
{
    /// <summary>
    /// Validates the header and every cell. For a CSV file the column number in messages is the field's
    /// position; for an Excel sheet (<paramref name="sheet"/> set) it is the cell's own sheet column, since
    /// empty columns of a sheet are skipped. Rows with a bad cell are reported and left out, so later
    /// checks see only well-typed rows while every error of the file is still listed.
    /// </summary>
    public static IReadOnlyList<Row>? Read(CsvTable table, TableSpec spec, DiagnosticBag diagnostics, string? sheet = null)
    {
        var columns = new Dictionary<string, int>(StringComparer.Ordinal);
        var headerOk = true;
        for (int i = 0; i < table.Header.Count; i++)
        {
            var cell = table.Header[i];
            var name = cell.Value.Trim();
            var at = new SourceLocation(table.File, cell.Line, ColumnOf(cell, i, sheet), name, sheet);
            if (columns.ContainsKey(name))
            {
                diagnostics.Add(Messages.DuplicateColumn(at, name));
                headerOk = false;
                continue;
            }
            if (spec.Field(name) is null)
            {
                diagnostics.Add(Messages.UnknownColumn(at, name, Suggest(name, spec.Fields.Select(f => f.Name))));
                headerOk = false;
                continue;
            }
            columns[name] = i;
        }
        foreach (var field in spec.Fields.Where(f => f.Required && !columns.ContainsKey(f.Name)))
        {
            diagnostics.Add(Messages.MissingColumn(new SourceLocation(table.File, 1, 0, null, sheet), field.Name));
            headerOk = false;
        }
        if (!headerOk) return null;

        var rows = new List<Row>(table.Records.Count);
        foreach (var record in table.Records)
        {
            var cells = new Dictionary<string, (string, int, int, int)>(columns.Count, StringComparer.Ordinal);
            var ok = true;
            foreach (var (name, index) in columns)
            {
                var cell = record.Cells[index];
                var field = spec.Field(name)!;
                var value = field.Type == FieldType.Text ? cell.Value : cell.Value.Trim();
                var column = ColumnOf(cell, index, sheet);
                var at = new SourceLocation(table.File, cell.Line, column, name, sheet);
                if (!CellRules.Check(field, value, at, diagnostics)) ok = false;
                cells[name] = (value, cell.Line, column, index);
            }
            if (ok) rows.Add(new Row(table.File, record.Line, cells, sheet));
        }
        return rows;
    }

    private static int ColumnOf(CsvCell cell, int index, string? sheet) => sheet is null ? index + 1 : cell.Column;

    /// <summary>The closest known name within two edits, for "did you mean" hints.</summary>
    public static string? Suggest(string value, IEnumerable<string> candidates)
    {
        string? best = null;
        var bestDistance = 3;
        foreach (var c in candidates)
        {
            var d = Kyodo.Matching.EditDistance.Between(value.ToLowerInvariant(), c.ToLowerInvariant());
            if (d < bestDistance)
            {
                bestDistance = d;
                best = c;
            }
        }
        return best;
    }
}
