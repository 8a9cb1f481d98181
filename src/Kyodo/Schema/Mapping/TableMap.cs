using Kyodo.Model;

namespace Kyodo.Schema.Mapping;

/// <summary>
/// One table of the data format, declared once: its file, its meaning, its columns with their types, rules and
/// documentation, its keys and references. The declaration drives reading (cells to typed records of the model),
/// validation, writing (records back to the same cells), the JSON Schema, the Data Package and the codebook.
/// </summary>
public abstract class TableMap
{
    private TableSpec? _spec;

    private readonly string _name;
    private readonly LocalizedText _title;
    private readonly LocalizedText _description;

    private protected TableMap(string name, LocalizedText title, LocalizedText description)
    {
        _name = name;
        _title = title;
        _description = description;
    }

    /// <summary>False for tables a plan may omit (a plan without indicators has no indicators.csv).</summary>
    public bool Required { get; private protected set; } = true;

    /// <summary>The description of the table and its fields, as documentation, schemas and checks read it.</summary>
    public TableSpec Spec => _spec ??= BuildSpec();

    public abstract IReadOnlyList<Column> AllColumns { get; }

    /// <summary>Calls the visitor with this map's record type, for code that handles every table alike.</summary>
    public abstract TResult Accept<TResult>(ITableMapVisitor<TResult> visitor);

    private protected List<Column> KeyColumns { get; } = [];

    private protected List<ForeignKeySpec> Foreign { get; } = [];

    private TableSpec BuildSpec() =>
        new(_name, _title, _description, AllColumns.SelectMany(c => c.Fields).ToList(), KeyColumns.Select(c => c.Name).ToList())
        {
            ForeignKeys = Foreign,
            Required = Required,
        };
}

/// <summary>Code that does the same for every table, whatever its record type.</summary>
public interface ITableMapVisitor<out TResult>
{
    TResult Visit<TRecord>(TableMap<TRecord> map);
}

/// <summary>A table whose rows are <typeparamref name="TRecord"/>s of the model.</summary>
public abstract class TableMap<TRecord> : TableMap
{
    private readonly List<Column<TRecord>> _columns = [];
    private int _width;

    protected TableMap(string name, string titleJa, string titleEn, string descriptionJa, string descriptionEn)
        : base(name, new LocalizedText(titleJa, titleEn), new LocalizedText(descriptionJa, descriptionEn))
    {
    }

    public IReadOnlyList<Column<TRecord>> Columns => _columns;

    /// <summary>The key columns (all one cell wide).</summary>
    public IReadOnlyList<Column<TRecord>> PrimaryKeyColumns => KeyColumns.Cast<Column<TRecord>>().ToList();

    public override TResult Accept<TResult>(ITableMapVisitor<TResult> visitor) => visitor.Visit(this);

    /// <summary>The record's primary key as one text (the key cells joined by U+001F).</summary>
    public string KeyText(TRecord record)
    {
        if (KeyColumns.Count == 1) return ((Column<TRecord>)KeyColumns[0]).Text(record);
        return string.Join('\u001F', KeyColumns.Select(c => ((Column<TRecord>)c).Text(record)));
    }

    public override IReadOnlyList<Column> AllColumns => _columns;

    /// <summary>Makes the model's record from a row's checked cells.</summary>
    public abstract TRecord Create(RecordCells c);

    /// <summary>The record as cells, in field order, in the canonical text the loader reads back.</summary>
    public string[] Row(TRecord record)
    {
        var row = new string[_width];
        foreach (var column in _columns) column.Write(record, row);
        return row;
    }

    /// <summary>The records as a table ready to publish.</summary>
    public TableData ToTable(IEnumerable<TRecord> records) => new(Spec, records.Select(Row).ToList());

    // Declarations, in file order.

    protected void PrimaryKey(params Column[] columns) => KeyColumns.AddRange(columns);

    protected void ForeignKey(Column[] columns, string table, params string[] tableFields) =>
        Foreign.Add(new ForeignKeySpec(columns.Select(c => c.Name).ToList(), table, tableFields.Length > 0 ? tableFields : ["id"]));

    protected void Optional() => Required = false;

    protected Column<TRecord, TValue> Add<TValue>(ValueKind<TValue> kind, Func<TRecord, TValue> get, params FieldSpec[] fields)
    {
        var column = new Column<TRecord, TValue>(fields, _width, kind, get);
        _width += fields.Length;
        _columns.Add(column);
        return column;
    }

    protected static FieldSpec F(string name, FieldType type, bool required, string ja, string en, LocalizedText? unit = null) =>
        new(name, type, required, new LocalizedText(ja, en)) { Unit = unit };

    protected Column<TRecord, string> IdOf(string name, Func<TRecord, string> get, string ja, string en) =>
        Add(Kinds.Text, get, F(name, FieldType.Id, true, ja, en));

    protected Column<TRecord, string?> OptionalIdOf(string name, Func<TRecord, string?> get, string ja, string en) =>
        Add(Kinds.OptionalText, get, F(name, FieldType.Id, false, ja, en));

    protected Column<TRecord, string> RefOf(string name, string table, Func<TRecord, string> get, string ja, string en) =>
        Add(Kinds.Text, get, F(name, FieldType.Id, true, ja, en) with { References = table });

    protected Column<TRecord, string?> OptionalRefOf(string name, string table, Func<TRecord, string?> get, string ja, string en) =>
        Add(Kinds.OptionalText, get, F(name, FieldType.Id, false, ja, en) with { References = table });

    protected Column<TRecord, string> TextOf(string name, Func<TRecord, string> get, string ja, string en) =>
        Add(Kinds.Text, get, F(name, FieldType.Text, true, ja, en));

    protected Column<TRecord, string?> OptionalTextOf(string name, Func<TRecord, string?> get, string ja, string en) =>
        Add(Kinds.OptionalText, get, F(name, FieldType.Text, false, ja, en));

    protected Column<TRecord, int> IntegerOf(string name, Func<TRecord, int> get, string ja, string en, LocalizedText? unit = null) =>
        Add(Kinds.Integer, get, F(name, FieldType.Integer, true, ja, en, unit));

    protected Column<TRecord, int> YearOf(string name, Func<TRecord, int> get, string ja, string en) =>
        Add(Kinds.Integer, get, F(name, FieldType.Year, true, ja, en));

    protected Column<TRecord, int?> OptionalYearOf(string name, Func<TRecord, int?> get, string ja, string en) =>
        Add(Kinds.OptionalInteger, get, F(name, FieldType.Year, false, ja, en));

    protected Column<TRecord, decimal> NumberOf(string name, Func<TRecord, decimal> get, string ja, string en, LocalizedText? unit = null) =>
        Add(Kinds.Number, get, F(name, FieldType.Number, true, ja, en, unit));

    protected Column<TRecord, decimal?> OptionalNumberOf(string name, Func<TRecord, decimal?> get, string ja, string en, LocalizedText? unit = null) =>
        Add(Kinds.OptionalNumber, get, F(name, FieldType.Number, false, ja, en, unit));

    /// <summary>A count of things (projects, cases): a number that is never negative.</summary>
    protected Column<TRecord, decimal> CountOf(string name, Func<TRecord, decimal> get, string ja, string en, LocalizedText unit) =>
        Add(Kinds.Number, get, F(name, FieldType.Number, true, ja, en, unit) with { Minimum = 0 });

    protected Column<TRecord, decimal?> OptionalCountOf(string name, Func<TRecord, decimal?> get, string ja, string en, LocalizedText unit) =>
        Add(Kinds.OptionalNumber, get, F(name, FieldType.Number, false, ja, en, unit) with { Minimum = 0 });

    protected Column<TRecord, bool> BooleanOf(string name, Func<TRecord, bool> get, bool required, string ja, string en) =>
        Add(Kinds.Boolean, get, F(name, FieldType.Boolean, required, ja, en));

    /// <summary>One code of a closed list, spelled in <paramref name="codes"/>.</summary>
    protected Column<TRecord, TValue> CodeOf<TValue>(string name, CodeList<TValue> codes, Func<TRecord, TValue> get, string ja, string en)
        where TValue : notnull =>
        Add(Kinds.Code(codes), get, F(name, FieldType.Code, true, ja, en) with { Allowed = codes.Codes });

    /// <summary>A code from a list the plan declares (its rating scale, its categories): <paramref name="configKey"/> in plan.yaml.</summary>
    protected Column<TRecord, string?> ConfiguredOf(string name, string configKey, Func<TRecord, string?> get, string ja, string en) =>
        Add(Kinds.OptionalText, get, F(name, FieldType.Code, false, ja, en) with { AllowedFromConfig = configKey });

    protected Column<TRecord, IReadOnlyList<int>> IntegerListOf(string name, Func<TRecord, IReadOnlyList<int>> get, string ja, string en) =>
        Add(Kinds.IntegerList, get, F(name, FieldType.IntegerList, false, ja, en));

    /// <summary>Values separated by ";", each checked as <paramref name="type"/> says.</summary>
    protected Column<TRecord, IReadOnlyList<string>> ListOf(string name, FieldType type, Func<TRecord, IReadOnlyList<string>> get, string ja, string en) =>
        Add(Kinds.TextList, get, F(name, type, false, ja, en));

    protected Column<TRecord, string?> MonthOf(string name, Func<TRecord, string?> get, string ja, string en) =>
        Add(Kinds.OptionalText, get, F(name, FieldType.Month, false, ja, en));

    /// <summary>"document-id#section", pointing into sources.csv.</summary>
    protected Column<TRecord, SourceRef> SourceOf(Func<TRecord, SourceRef> get) =>
        Add(Kinds.Source, get, F("source", FieldType.Source, true, SourceJa, SourceEn));

    protected Column<TRecord, SourceRef?> OptionalSourceOf(Func<TRecord, SourceRef?> get) =>
        Add(Kinds.OptionalSource, get, F("source", FieldType.Source, false, SourceJa, SourceEn));

    private const string SourceJa = "出典（文書ID#節）";
    private const string SourceEn = "Source: document ID and section (document-id#section)";

    /// <summary>A text in Japanese (required when <paramref name="jaRequired"/>) and its English translation.</summary>
    protected Column<TRecord, LocalizedText> LocalizedOf(string stem, Func<TRecord, LocalizedText> get, bool jaRequired, string ja, string en) =>
        Add(Kinds.Localized, get,
            F(stem + "_ja", FieldType.Text, jaRequired, ja + "（日本語）", en + " (Japanese, authoritative)"),
            F(stem + "_en", FieldType.Text, false, ja + "（英語・非公式訳）", en + " (English, unofficial translation)"));

    /// <summary>A text in two languages whose fields are described one by one.</summary>
    protected Column<TRecord, LocalizedText> LocalizedOf(string stem, Func<TRecord, LocalizedText> get, bool jaRequired,
        (string Ja, string En) japanese, (string Ja, string En) english) =>
        Add(Kinds.Localized, get,
            F(stem + "_ja", FieldType.Text, jaRequired, japanese.Ja, japanese.En),
            F(stem + "_en", FieldType.Text, false, english.Ja, english.En));

    protected Column<TRecord, LocalizedText> NotesOf(Func<TRecord, LocalizedText> get) => LocalizedOf("note", get, false, "注記", "Note");
}
