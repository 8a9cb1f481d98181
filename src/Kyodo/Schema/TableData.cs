namespace Kyodo.Schema;

/// <summary>
/// A table ready to publish: its definition and its rows, each cell in the canonical text of the input
/// format ("" when missing), in the order of <see cref="TableSpec.Fields"/>. CSV, JSON and the data package
/// are all written from this one form, so they cannot disagree.
/// </summary>
public sealed record TableData(TableSpec Spec, IReadOnlyList<string[]> Rows)
{
    public int IndexOf(string field)
    {
        for (int i = 0; i < Spec.Fields.Count; i++)
        {
            if (Spec.Fields[i].Name == field) return i;
        }
        throw new ArgumentException($"{Spec.Name} has no field {field}", nameof(field));
    }

    /// <summary>The rows whose <paramref name="field"/> equals <paramref name="value"/>, as a table of the same kind.</summary>
    public TableData Where(string field, string value)
    {
        var i = IndexOf(field);
        return this with { Rows = Rows.Where(r => r[i] == value).ToList() };
    }
}
