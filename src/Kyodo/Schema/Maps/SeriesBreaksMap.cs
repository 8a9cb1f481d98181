using Kyodo.Model;
using Kyodo.Schema.Mapping;

namespace Kyodo.Schema.Maps;

/// <summary>series_breaks.csv: years in which an indicator's method changed.</summary>
public sealed class SeriesBreaksMap : TableMap<SeriesBreak>
{
    public Column<SeriesBreak, string> IndicatorId { get; }
    public Column<SeriesBreak, int> Year { get; }
    public Column<SeriesBreak, LocalizedText> Description { get; }
    public Column<SeriesBreak, SourceRef> Source { get; }

    internal SeriesBreaksMap()
        : base(Tables.SeriesBreaks, "算出方法の変更", "Series breaks", "指標の調査・算出方法が変わった年度。", "Years in which an indicator's method changed.")
    {
        IndicatorId = RefOf("indicator_id", Tables.Indicators, b => b.IndicatorId, "指標ID", "Indicator ID");
        Year = YearOf("year", b => b.Year, "新しい方法の最初の年度", "First year on the new method");
        Description = LocalizedOf("description", b => b.Description, true, "内容", "Description");
        Source = SourceOf(b => b.Source);
        PrimaryKey(IndicatorId, Year);
        ForeignKey([IndicatorId], Tables.Indicators);
        Optional();
    }

    public override SeriesBreak Create(RecordCells c) => new(IndicatorId[c], Year[c], Description[c], Source[c]);
}
