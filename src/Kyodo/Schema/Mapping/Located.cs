using Kyodo.Diagnostics;

namespace Kyodo.Schema.Mapping;

/// <summary>Where a row was read: its file and line, and the place of each of its cells.</summary>
public abstract class RecordOrigin
{
    /// <summary>The row's file, line and (for a workbook) sheet: where a finding about the whole row points.</summary>
    public abstract SourceLocation Location { get; }

    /// <summary>The cell of <paramref name="field"/> (the row itself when the column is absent from the file).</summary>
    public abstract SourceLocation At(FieldSpec field);
}

/// <summary>A record of the model with the place in its file that every cell of it came from.</summary>
public sealed record Located<T>(T Record, RecordOrigin Origin)
{
    public SourceLocation At(Column column) => Origin.At(column.Field);

    public SourceLocation At(FieldSpec field) => Origin.At(field);
}

/// <summary>
/// A table as read: its well-formed rows, and the keys of the rows left out because a cell broke its field's rule
/// (they exist, so references to them are not reported a second time). <see cref="Readable"/> is false when the
/// file could not be read at all (a missing required table, a broken file): references into it are not checked.
/// </summary>
public sealed record TableRows<T>(IReadOnlyList<Located<T>> Rows, IReadOnlySet<string> RejectedKeys, bool Readable) : ITableRows
{
    public static readonly TableRows<T> Absent = new([], new HashSet<string>(), true);

    public static readonly TableRows<T> Unreadable = new([], new HashSet<string>(), false);

    public IEnumerable<T> Records => Rows.Select(r => r.Record);

    /// <summary>The first row of each key: the model is built from these, so that indexing by key cannot fail (duplicates are findings).</summary>
    public IReadOnlyList<T> FirstOfEachKey(TableMap<T> map)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        return Rows.Where(r => seen.Add(map.KeyText(r.Record))).Select(r => r.Record).ToList();
    }
}

/// <summary>What every table as read has, whatever its record type.</summary>
public interface ITableRows
{
    bool Readable { get; }

    IReadOnlySet<string> RejectedKeys { get; }
}

/// <summary>The tables of one plan folder as read, each by its map.</summary>
public sealed class TableSet
{
    private readonly Dictionary<TableMap, ITableRows> _rows = [];

    public TableRows<T> Of<T>(TableMap<T> map) => (TableRows<T>)_rows[map];

    public void Add<T>(TableMap<T> map, TableRows<T> rows) => _rows[map] = rows;

    /// <summary>False when the table's file could not be read, so references into it are not checked.</summary>
    public bool Readable(TableMap map) => _rows[map].Readable;

    /// <summary>Every key the table has, its rejected rows' included.</summary>
    public IReadOnlySet<string> RejectedKeys(TableMap map) => _rows[map].RejectedKeys;
}
