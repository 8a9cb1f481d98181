using Kyodo.Model;
using Kyodo.Schema.Mapping;

namespace Kyodo.Schema.Maps;

/// <summary>indicator_values.csv: yearly values of each indicator; a missing value has its reason in status.</summary>
public sealed class IndicatorValuesMap : TableMap<IndicatorValue>
{
    internal static readonly LocalizedText IndicatorUnit = new("指標の単位（indicators の unit_ja / unit_en）", "the indicator's unit (unit_ja / unit_en in indicators)");

    public Column<IndicatorValue, string> IndicatorId { get; }
    public Column<IndicatorValue, int> Year { get; }
    public Column<IndicatorValue, decimal?> Value { get; }
    public Column<IndicatorValue, ValueStatus> Status { get; }
    public Column<IndicatorValue, string?> Printed { get; }
    public Column<IndicatorValue, SourceRef> Source { get; }
    public Column<IndicatorValue, LocalizedText> Note { get; }

    internal IndicatorValuesMap()
        : base(Tables.IndicatorValues, "指標の実績値", "Indicator values",
            "指標の年度別の値。欠けた値は status に理由があります。", "Yearly values of each indicator; a missing value has its reason in status.")
    {
        IndicatorId = RefOf("indicator_id", Tables.Indicators, v => v.IndicatorId, "指標ID", "Indicator ID");
        Year = YearOf("year", v => v.Year, "年度", "Fiscal year");
        Value = OptionalNumberOf("value", v => v.Value, "値（欠損は空欄）", "Value (empty when missing)", IndicatorUnit);
        Status = CodeOf("status", Codes.ValueStatuses, v => v.Status, "状態", "Status of the value");
        Printed = OptionalTextOf("printed", v => v.Printed, "文書での表記", "The cell as printed");
        Source = SourceOf(v => v.Source);
        Note = NotesOf(v => v.Note);
        PrimaryKey(IndicatorId, Year);
        ForeignKey([IndicatorId], Tables.Indicators);
        Optional();
    }

    public override IndicatorValue Create(RecordCells c) => new(IndicatorId[c], Year[c], Value[c], Status[c], Printed[c], Source[c], Note[c]);
}
