using Kyodo.Model;
using Kyodo.Schema.Mapping;

namespace Kyodo.Schema.Maps;

/// <summary>commentary.csv: the city's evaluation and the council's opinions.</summary>
public sealed class CommentaryMap : TableMap<Commentary>
{
    public Column<Commentary, int> Year { get; }
    public Column<Commentary, CommentaryScope> Scope { get; }
    public Column<Commentary, string?> MeasureId { get; }
    public Column<Commentary, Author> Author { get; }
    public Column<Commentary, int> Seq { get; }
    public Column<Commentary, LocalizedText> Text { get; }
    public Column<Commentary, SourceRef> Source { get; }

    internal CommentaryMap()
        : base(Tables.Commentary, "評価・意見", "Commentary", "市による評価と協議会の意見。", "The city's evaluation and the council's opinions.")
    {
        Year = YearOf("year", c => c.Year, "年度", "Year");
        Scope = CodeOf("scope", Codes.CommentaryScopes, c => c.Scope, "範囲", "Scope");
        MeasureId = OptionalRefOf("measure_id", Tables.Measures, c => c.MeasureId, "基本施策", "Measure");
        Author = CodeOf("author", Codes.Authors, c => c.Author, "誰の意見か", "Author");
        Seq = IntegerOf("seq", c => c.Seq, "順番", "Order");
        Text = LocalizedOf("text", c => c.Text, true, "本文", "Text");
        Source = SourceOf(c => c.Source);
        PrimaryKey(Year, Scope, MeasureId, Author, Seq);
        ForeignKey([MeasureId], Tables.Measures);
        Optional();
    }

    public override Commentary Create(RecordCells c) => new(Year[c], Scope[c], MeasureId[c], Author[c], Seq[c], Text[c], Source[c]);
}
