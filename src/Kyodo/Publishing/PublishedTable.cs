using Kyodo.Schema;
namespace Kyodo.Publishing;

/// <summary>A table as published: its rows, its canonical CSV bytes and where each of its files is.</summary>
public sealed record PublishedTable(TableData Data, byte[] Csv, string CsvPath, string JsonPath, string ExcelPath, string SchemaUrl)
{
    public string Name => Data.Spec.Name;

    /// <summary>True for tables Kyodo computes (not part of the input format).</summary>
    public bool Derived => Schema.DerivedTables.All.Any(t => t.Name == Name);

    /// <summary>True for the shared SDG goals, which every plan's package carries.</summary>
    public bool Shared => Name == Schema.Tables.SdgGoals.Name;
}
