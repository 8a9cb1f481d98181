using Kyodo.Model;

namespace Kyodo.Schema;

/// <summary>A column of a published table: its name, type, whether it is required, and what it means.</summary>
public sealed record FieldSpec(string Name, FieldType Type, bool Required, LocalizedText Description)
{
    /// <summary>Allowed codes for <see cref="FieldType.Code"/> fields with a fixed list.</summary>
    public IReadOnlyList<string> Allowed { get; init; } = [];

    /// <summary>For codes declared by the plan (rating scales, categories): the configuration key that lists them.</summary>
    public string? AllowedFromConfig { get; init; }

    /// <summary>The table whose primary key this field refers to, when it is a reference.</summary>
    public string? References { get; init; }

    /// <summary>An example value for the documentation and the codebook.</summary>
    public string? Example { get; init; }

    /// <summary>
    /// The unit of a numeric field, or where the unit is recorded when it differs by row, for the codebook and
    /// the data package. Years need none: their unit (the fiscal year) follows from <see cref="FieldType.Year"/>.
    /// </summary>
    public LocalizedText? Unit { get; init; }

    /// <summary>The smallest value a numeric field may hold (0 for counts); null when negatives are meaningful.</summary>
    public decimal? Minimum { get; init; }
}

/// <summary>A reference from fields of one table to the primary key of another.</summary>
public sealed record ForeignKeySpec(IReadOnlyList<string> Fields, string Table, IReadOnlyList<string> TableFields);

/// <summary>A table of the data set: its file name, meaning, columns and keys.</summary>
public sealed record TableSpec(
    string Name,
    LocalizedText Title,
    LocalizedText Description,
    IReadOnlyList<FieldSpec> Fields,
    IReadOnlyList<string> PrimaryKey)
{
    public IReadOnlyList<ForeignKeySpec> ForeignKeys { get; init; } = [];

    /// <summary>False for tables a plan may omit (a plan without indicators has no indicators.csv).</summary>
    public bool Required { get; init; } = true;

    public string FileName => Name + ".csv";

    public FieldSpec? Field(string name) => Fields.FirstOrDefault(f => f.Name == name);
}
