using Kyodo.Model;
using Kyodo.Schema.Mapping;

namespace Kyodo.Schema.Maps;

/// <summary>summaries.csv: counts published in the city's documents, as printed.</summary>
public sealed class SummariesMap : TableMap<Summary>
{
    internal static readonly LocalizedText Count = new("件数", "count");

    public Column<Summary, int> Year { get; }
    public Column<Summary, SummaryTable> Table { get; }
    public Column<Summary, string?> MeasureId { get; }
    public Column<Summary, string> CellKey { get; }
    public Column<Summary, decimal> Value { get; }
    public Column<Summary, string?> Printed { get; }
    public Column<Summary, SourceRef> Source { get; }
    public Column<Summary, LocalizedText> Note { get; }

    internal SummariesMap()
        : base(Tables.Summaries, "市が公表した集計", "Published summaries",
            "市の文書に載った集計表の値（計算値と照合します）。", "Counts published in the city's documents, as printed (reconciled against the rows).")
    {
        Year = YearOf("year", s => s.Year, "年度", "Year");
        Table = CodeOf("table", Codes.SummaryTables, s => s.Table, "集計表", "Summary table");
        MeasureId = OptionalRefOf("measure_id", Tables.Measures, s => s.MeasureId, "基本施策（全体は空欄）", "Measure (empty for the whole plan)");
        CellKey = TextOf("key", s => s.Key, "項目", "Cell key");
        Value = CountOf("value", s => s.Value, "値", "Value", Count);
        Printed = OptionalTextOf("printed", s => s.Printed, "文書での表記", "The cell as printed");
        Source = SourceOf(s => s.Source);
        Note = NotesOf(s => s.Note);
        PrimaryKey(Year, Table, MeasureId, CellKey);
        Optional();
    }

    public override Summary Create(RecordCells c) => new(Year[c], Table[c], MeasureId[c], CellKey[c], Value[c], Printed[c], Source[c], Note[c]);
}
