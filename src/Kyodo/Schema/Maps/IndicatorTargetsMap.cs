using Kyodo.Model;
using Kyodo.Schema.Mapping;

namespace Kyodo.Schema.Maps;

/// <summary>indicator_targets.csv: targets and their revisions.</summary>
public sealed class IndicatorTargetsMap : TableMap<IndicatorTarget>
{
    public Column<IndicatorTarget, string> IndicatorId { get; }
    public Column<IndicatorTarget, int> TargetYear { get; }
    public Column<IndicatorTarget, decimal> Value { get; }
    public Column<IndicatorTarget, bool> Status { get; }
    public Column<IndicatorTarget, int> SetIn { get; }
    public Column<IndicatorTarget, SourceRef> Source { get; }
    public Column<IndicatorTarget, LocalizedText> Note { get; }

    internal IndicatorTargetsMap()
        : base(Tables.IndicatorTargets, "目標値と改定", "Indicator targets", "目標値と、その改定の履歴。", "Targets and their revisions.")
    {
        IndicatorId = RefOf("indicator_id", Tables.Indicators, t => t.IndicatorId, "指標ID", "Indicator ID");
        TargetYear = YearOf("target_year", t => t.TargetYear, "目標年度", "Target year");
        Value = NumberOf("value", t => t.Value, "目標値", "Target value", IndicatorValuesMap.IndicatorUnit);
        Status = CodeOf("status", Codes.TargetStatuses, t => t.IsCurrent, "状態", "current or superseded");
        SetIn = YearOf("set_in", t => t.SetIn, "公表した年度", "Year of the document that published it");
        Source = SourceOf(t => t.Source);
        Note = NotesOf(t => t.Note);
        PrimaryKey(IndicatorId, TargetYear, SetIn);
        ForeignKey([IndicatorId], Tables.Indicators);
        Optional();
    }

    public override IndicatorTarget Create(RecordCells c) => new(IndicatorId[c], TargetYear[c], Value[c], Status[c], SetIn[c], Source[c], Note[c]);
}
