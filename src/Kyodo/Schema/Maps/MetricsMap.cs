using Kyodo.Model;
using Kyodo.Schema.Mapping;

namespace Kyodo.Schema.Maps;

/// <summary>metrics.csv: figures printed inside result and plan texts, structured, with the original fragment.</summary>
public sealed class MetricsMap : TableMap<Metric>
{
    private static readonly LocalizedText UnitInRow = new("同じ行の unit_ja / unit_en", "as given in unit_ja / unit_en of the same row");

    public Column<Metric, string> ProjectId { get; }
    public Column<Metric, int> Year { get; }
    public Column<Metric, int> Seq { get; }
    public Column<Metric, MetricField> Field { get; }
    public Column<Metric, MetricKind> Kind { get; }
    public Column<Metric, LocalizedText> Name { get; }
    public Column<Metric, decimal> Value { get; }
    public Column<Metric, LocalizedText> Unit { get; }
    public Column<Metric, int> Period { get; }
    public Column<Metric, decimal?> PrevValue { get; }
    public Column<Metric, int?> PrevPeriod { get; }
    public Column<Metric, bool> Cumulative { get; }
    public Column<Metric, string> TextJa { get; }
    public Column<Metric, SourceRef> Source { get; }

    internal MetricsMap()
        : base(Tables.Metrics, "活動の数値", "Activity figures",
            "取組状況・事業計画の文中の数値（原文を残したうえで構造化）。", "Figures printed inside result and plan texts, structured, with the original fragment.")
    {
        ProjectId = RefOf("project_id", Tables.Projects, m => m.ProjectId, "事業ID", "Project ID");
        Year = YearOf("year", m => m.Year, "年度（版）", "Edition year");
        Seq = IntegerOf("seq", m => m.Seq, "順番", "Order within the entry");
        Field = CodeOf("field", Codes.MetricFields, m => m.Field, "記載箇所", "Text it was printed in");
        Kind = CodeOf("kind", Codes.MetricKinds, m => m.Kind, "実績・目標", "Actual or target");
        Name = LocalizedOf("name", m => m.Name, true, "項目名", "Figure name");
        Value = NumberOf("value", m => m.Value, "値", "Value", UnitInRow);
        Unit = LocalizedOf("unit", m => m.Unit, false, ("単位（日本語）", "Unit (Japanese, as printed)"), ("単位（英語）", "Unit (English)"));
        Period = YearOf("period", m => m.Period, "値の年度", "Fiscal year the value refers to");
        PrevValue = OptionalNumberOf("prev_value", m => m.PrevValue, "前年度の値", "Previous-year value printed beside it", UnitInRow);
        PrevPeriod = OptionalYearOf("prev_period", m => m.PrevPeriod, "前年度", "Year of prev_value");
        Cumulative = BooleanOf("cumulative", m => m.Cumulative, false, "累計", "A running total (累計)");
        TextJa = TextOf("text_ja", m => m.TextJa, "原文", "The fragment as printed");
        Source = SourceOf(m => m.Source);
        PrimaryKey(ProjectId, Year, Field, Seq);
        ForeignKey([ProjectId, Year], Tables.ProjectYears, "project_id", "year");
        Optional();
    }

    public override Metric Create(RecordCells c) => new(
        ProjectId[c], Year[c], Seq[c], Field[c], Kind[c], Name[c], Value[c], Unit[c], Period[c], PrevValue[c], PrevPeriod[c],
        Cumulative[c], TextJa[c], Source[c]);
}
