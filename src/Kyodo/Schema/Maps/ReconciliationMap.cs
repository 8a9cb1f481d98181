using Kyodo.Model;
using Kyodo.Schema.Mapping;

namespace Kyodo.Schema.Maps;

/// <summary>reconciliation.csv (computed, published only): each published summary cell beside the recomputed figure.</summary>
public sealed class ReconciliationMap : TableMap<ReconciliationRow>
{
    public Column<ReconciliationRow, int> Year { get; }
    public Column<ReconciliationRow, SummaryTable> Table { get; }
    public Column<ReconciliationRow, string?> MeasureId { get; }
    public Column<ReconciliationRow, string> CellKey { get; }
    public Column<ReconciliationRow, decimal> Published { get; }
    public Column<ReconciliationRow, string?> Printed { get; }
    public Column<ReconciliationRow, decimal?> Computed { get; }
    public Column<ReconciliationRow, ReconciliationOutcome> Outcome { get; }
    public Column<ReconciliationRow, LocalizedText> Explanation { get; }

    internal ReconciliationMap()
        : base(DerivedTables.Reconciliation, "市の集計との照合", "Reconciliation with the city's summaries",
            "市が公表した集計（summaries）の各項目を、掲載された行から Kyodo が計算し直した値と比べた結果。公表値は直さず、そのまま残しています。",
            "Each cell the city published (summaries) beside the same figure recomputed by Kyodo from the rows. The published figure is never corrected.")
    {
        Year = YearOf("year", r => r.Year, "年度", "Year");
        Table = CodeOf("table", Codes.SummaryTables, r => r.Table, "集計表", "Summary table");
        MeasureId = OptionalRefOf("measure_id", Tables.Measures, r => r.MeasureId, "基本施策（全体は空欄）", "Measure (empty for the whole plan)");
        CellKey = TextOf("key", r => r.Key, "項目", "Cell key");
        Published = CountOf("published", r => r.Published, "公表値", "Value as published", SummariesMap.Count);
        Printed = OptionalTextOf("printed", r => r.Printed, "文書での表記", "The cell as printed");
        Computed = OptionalCountOf("computed", r => r.Computed, "行から計算した値（計算できない場合は空欄）", "Value computed from the rows (empty when not computable)", SummariesMap.Count);
        Outcome = CodeOf("outcome", Codes.ReconciliationOutcomes, r => r.Outcome, "照合の結果", "Outcome");
        Explanation = LocalizedOf("explanation", r => r.Explanation, false, ("説明（日本語）", "Explanation (Japanese)"), ("説明（英語）", "Explanation (English)"));
        PrimaryKey(Year, Table, MeasureId, CellKey);
        ForeignKey([MeasureId], Tables.Measures);
    }

    /// <summary>Computed from the plan, never read: a data folder does not hold it.</summary>
    public override ReconciliationRow Create(RecordCells c) => throw new NotSupportedException("reconciliation is computed, not read.");
}
