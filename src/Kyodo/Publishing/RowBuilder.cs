using System.Globalization;
using Kyodo.Model;
using Kyodo.Schema;

namespace Kyodo.Publishing;

/// <summary>
/// Collects one row's cells by field name, in the canonical text the loader reads back, and lays them out
/// in the table's field order. A field of the definition left unset, or a name it does not have, is a bug
/// in the mapping from the model, reported at once rather than published as an empty column.
/// </summary>
public sealed class RowBuilder
{
    private readonly Dictionary<string, string> _cells = new(StringComparer.Ordinal);

    public RowBuilder Text(string field, string? value)
    {
        if (!_cells.TryAdd(field, value ?? "")) throw new InvalidOperationException($"Field {field} set twice.");
        return this;
    }

    /// <summary>The <c>stem_ja</c> and <c>stem_en</c> columns of a text in two languages.</summary>
    public RowBuilder Pair(string stem, LocalizedText text) => Text(stem + "_ja", text.Ja).Text(stem + "_en", text.En);

    public RowBuilder Int(string field, int value) => Text(field, value.ToString(CultureInfo.InvariantCulture));

    public RowBuilder Int(string field, int? value) => Text(field, value?.ToString(CultureInfo.InvariantCulture));

    /// <summary>A decimal at the precision it was read with (12.50 stays 12.50).</summary>
    public RowBuilder Number(string field, decimal? value) => Text(field, value?.ToString(CultureInfo.InvariantCulture));

    public RowBuilder Bool(string field, bool value) => Text(field, value ? "true" : "false");

    public RowBuilder List<T>(string field, IEnumerable<T> values) =>
        Text(field, string.Join(';', values.Select(v => Convert.ToString(v, CultureInfo.InvariantCulture))));

    public RowBuilder Source(SourceRef? source) => Text("source", source?.ToString());

    public string[] Build(TableSpec spec)
    {
        var row = new string[spec.Fields.Count];
        for (int i = 0; i < row.Length; i++)
        {
            var name = spec.Fields[i].Name;
            if (!_cells.TryGetValue(name, out var value))
            {
                throw new InvalidOperationException($"The published {spec.Name} table has no value for its field {name}: map it in Publishing/PlanTables.cs.");
            }
            row[i] = value;
        }
        var extra = _cells.Keys.Where(k => spec.Field(k) is null).ToList();
        if (extra.Count > 0) throw new InvalidOperationException($"{spec.Name} has no field(s) {string.Join(", ", extra)}.");
        return row;
    }
}
