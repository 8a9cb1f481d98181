using Kyodo.Model;
using Kyodo.Schema.Mapping;

namespace Kyodo.Schema.Maps;

/// <summary>indicator_assessments.csv: the city's published progress marks and comments.</summary>
public sealed class IndicatorAssessmentsMap : TableMap<IndicatorAssessment>
{
    public Column<IndicatorAssessment, string> IndicatorId { get; }
    public Column<IndicatorAssessment, int> Year { get; }
    public Column<IndicatorAssessment, ProgressMark> Mark { get; }
    public Column<IndicatorAssessment, string?> Printed { get; }
    public Column<IndicatorAssessment, LocalizedText> Comment { get; }
    public Column<IndicatorAssessment, SourceRef> Source { get; }

    internal IndicatorAssessmentsMap()
        : base(Tables.IndicatorAssessments, "進捗状況（市の評価）", "Progress marks (official)",
            "市が公表した進捗の矢印と具体的な内容。", "The city's published progress marks and comments.")
    {
        IndicatorId = RefOf("indicator_id", Tables.Indicators, a => a.IndicatorId, "指標ID", "Indicator ID");
        Year = YearOf("year", a => a.Year, "年度", "Year assessed");
        Mark = CodeOf("mark", Codes.ProgressMarks, a => a.Mark, "進捗", "Progress mark");
        Printed = OptionalTextOf("printed", a => a.Printed, "文書での表記", "Symbol as printed");
        Comment = LocalizedOf("comment", a => a.Comment, false, "具体的な内容", "Comment");
        Source = SourceOf(a => a.Source);
        PrimaryKey(IndicatorId, Year);
        ForeignKey([IndicatorId], Tables.Indicators);
        Optional();
    }

    public override IndicatorAssessment Create(RecordCells c) => new(IndicatorId[c], Year[c], Mark[c], Printed[c], Comment[c], Source[c]);
}
