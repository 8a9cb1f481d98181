using System.Globalization;
using Kyodo.Diagnostics;
using Kyodo.Loading.Csv;
using Kyodo.Schema;
using Kyodo.Schema.Mapping;

namespace Kyodo.Loading.Rows;

/// <summary>Checks a parsed CSV file (or sheet) against its table map and turns its rows into typed records.</summary>
public static class TableReader
{
    /// <summary>
    /// Validates the header and every cell. Rows with a bad cell are reported and left out (their keys kept in
    /// <see cref="TableRows{T}.RejectedKeys"/>, so that references to them are not reported a second time), so later
    /// checks see only well-typed records while every error of the file is still listed.
    /// </summary>
    public static TableRows<T> Read<T>(CsvTable table, TableMap<T> map, DiagnosticBag diagnostics, string? sheet = null)
    {
        var spec = map.Spec;
        var columns = ReadHeader(table, spec, diagnostics, sheet);
        if (columns is null) return TableRows<T>.Unreadable;

        var fields = spec.Fields;
        var positions = fields.Select(f => columns.TryGetValue(f.Name, out var i) ? i : -1).ToArray();
        var file = new FileColumns(table.File, sheet, columns);
        var keyFields = spec.PrimaryKey.Select(k => fields.ToList().FindIndex(f => f.Name == k)).ToArray();
        var rows = new List<Located<T>>(table.Records.Count);
        var rejected = new HashSet<string>(StringComparer.Ordinal);
        foreach (var record in table.Records)
        {
            var values = new string[fields.Count];
            var ok = true;
            for (var f = 0; f < fields.Count; f++)
            {
                var index = positions[f];
                if (index < 0)
                {
                    values[f] = "";
                    continue;
                }
                var cell = record.Cells[index];
                var field = fields[f];
                // Spaces a spreadsheet does not show are ignored around codes and numbers; full-width ones
                // are not ASCII white space and reach the rules, which name them.
                var value = field.Type == FieldType.Text ? cell.Value : cell.Value.Trim(' ', '\t');
                var at = new SourceLocation(table.File, cell.Line, ColumnOf(cell, index, sheet), field.Name, sheet, record.SheetRow);
                if (!CellRules.Check(field, ref value, at, diagnostics)) ok = false;
                values[f] = value;
            }
            if (ok) rows.Add(new Located<T>(map.Create(new RecordCells(values)), new CsvOrigin(record, file)));
            else rejected.Add(string.Join('\u001F', keyFields.Select(k => values[k])));
        }
        return new TableRows<T>(rows, rejected, Readable: true);
    }

    private static int ColumnOf(CsvCell cell, int index, string? sheet) => sheet is null ? index + 1 : cell.Column;

    /// <summary>Maps column names to positions; null (with every header problem reported) when the header is unusable.</summary>
    private static Dictionary<string, int>? ReadHeader(CsvTable table, TableSpec spec, DiagnosticBag diagnostics, string? sheet)
    {
        var columns = new Dictionary<string, int>(StringComparer.Ordinal);
        var ok = true;
        var unknown = new List<(string Name, string Visible, string? Invisible, SourceLocation At)>();
        for (int i = 0; i < table.Header.Count; i++)
        {
            var cell = table.Header[i];
            var name = cell.Value.Trim();
            var at = new SourceLocation(table.File, cell.Line, ColumnOf(cell, i, sheet), name, sheet);
            if (columns.ContainsKey(name))
            {
                diagnostics.Add(Messages.DuplicateColumn(at, name));
                ok = false;
                continue;
            }
            if (spec.Field(name) is null)
            {
                var invisible = name.Where(IsInvisible).Distinct().Select(c => $"U+{(int)c:X4}").ToList();
                var visible = new string(name.Where(c => !IsInvisible(c)).ToArray());
                unknown.Add((name, visible, invisible.Count > 0 ? string.Join(", ", invisible) : null, at));
                continue;
            }
            columns[name] = i;
        }

        // An unknown name that is close to a column the header lacks is that column mistyped: one error
        // ("did you mean"), not a second one saying the column is missing.
        var absent = spec.Fields.Where(f => !columns.ContainsKey(f.Name)).ToList();
        var claimed = new HashSet<string>(StringComparer.Ordinal);
        var suggestions = new string?[unknown.Count];
        for (var u = 0; u < unknown.Count; u++)
        {
            var visible = unknown[u].Visible;
            suggestions[u] = Kyodo.Matching.Suggestion.Closest(visible, absent.Select(f => f.Name).Where(n => !claimed.Contains(n))) ?? ByMeaning(visible, absent);
            if (suggestions[u] is { } s) claimed.Add(s);
        }
        // One unknown name left and one required column missing: the column was renamed (a clerk wrote 項目名
        // over name_ja), so say which name to put back rather than report two unrelated errors.
        var unmatched = Enumerable.Range(0, unknown.Count).Where(u => suggestions[u] is null).ToList();
        var missing = absent.Where(f => f.Required && !claimed.Contains(f.Name)).ToList();
        if (unmatched.Count == 1 && missing.Count == 1)
        {
            suggestions[unmatched[0]] = missing[0].Name;
            claimed.Add(missing[0].Name);
        }
        for (var u = 0; u < unknown.Count; u++)
        {
            var (name, _, invisible, at) = unknown[u];
            diagnostics.Add(Messages.UnknownColumn(at, name, suggestions[u], invisible));
        }
        foreach (var field in spec.Fields.Where(f => f.Required && !columns.ContainsKey(f.Name) && !claimed.Contains(f.Name)))
        {
            diagnostics.Add(Messages.MissingColumn(new SourceLocation(table.File, 1, 0, null, sheet), field.Name));
            ok = false;
        }
        return ok && unknown.Count == 0 ? columns : null;
    }

    /// <summary>Zero-width and other format characters, and no-break spaces, that a pasted header may carry unseen.</summary>
    private static bool IsInvisible(char c) =>
        CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.Format || c is '\u00A0' or '\u3000';

    /// <summary>A header written as the column's Japanese meaning ("事業名" for name_ja).</summary>
    private static string? ByMeaning(string header, IEnumerable<Schema.FieldSpec> fields)
    {
        foreach (var f in fields)
        {
            var ja = f.Description.Ja;
            var bracket = ja.IndexOf('（', StringComparison.Ordinal);
            var core = bracket > 0 ? ja[..bracket] : ja;
            if (core.Length > 0 && (header == ja || header == core)) return f.Name;
        }
        return null;
    }
}
