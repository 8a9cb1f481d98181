namespace Kyodo.Schema.Mapping;

/// <summary>
/// A column of a table map: the fields it takes in the file (one, or two for a text in Japanese and English) and
/// where they sit in the table's field order.
/// </summary>
public abstract class Column
{
    private protected Column(IReadOnlyList<FieldSpec> fields, int index)
    {
        Fields = fields;
        Index = index;
    }

    /// <summary>The fields, in file order.</summary>
    public IReadOnlyList<FieldSpec> Fields { get; }

    /// <summary>The position of the first field in the table.</summary>
    public int Index { get; }

    /// <summary>The (first) field: the one messages point at.</summary>
    public FieldSpec Field => Fields[0];

    public string Name => Field.Name;
}

/// <summary>A column of a table whose rows are <typeparamref name="TRecord"/>.</summary>
public abstract class Column<TRecord> : Column
{
    private protected Column(IReadOnlyList<FieldSpec> fields, int index)
        : base(fields, index)
    {
    }

    /// <summary>Writes the record's value into its cells of <paramref name="row"/>.</summary>
    public abstract void Write(TRecord record, string[] row);

    /// <summary>The record's value as the canonical text of its cell (for keys, references and codes).</summary>
    public abstract string Text(TRecord record);
}

/// <summary>
/// A column holding a <typeparamref name="TValue"/> of <typeparamref name="TRecord"/>: declared once with its
/// fields, it reads the value from a row's cells (<c>Name[cells]</c>) and writes it back (<see cref="Get"/>).
/// </summary>
public sealed class Column<TRecord, TValue> : Column<TRecord>
{
    private readonly ValueKind<TValue> _kind;
    private readonly Func<TRecord, TValue> _get;

    internal Column(IReadOnlyList<FieldSpec> fields, int index, ValueKind<TValue> kind, Func<TRecord, TValue> get)
        : base(fields, index)
    {
        _kind = kind;
        _get = get;
    }

    /// <summary>The value of this column in a row being read.</summary>
    public TValue this[RecordCells cells] => _kind.Read(cells.Values.AsSpan(Index, Fields.Count));

    /// <summary>The value of this column in a record of the model.</summary>
    public TValue Get(TRecord record) => _get(record);

    public override void Write(TRecord record, string[] row) => _kind.Write(_get(record), row.AsSpan(Index, Fields.Count));

    public override string Text(TRecord record) => _kind.Text(_get(record));
}

/// <summary>The checked cells of one row being read, in the table's field order ("" where a column is absent).</summary>
public readonly record struct RecordCells(string[] Values);
