using Kyodo.Model;
using Kyodo.Schema.Mapping;

namespace Kyodo.Schema.Maps;

/// <summary>key_points.csv: the plan's key points.</summary>
public sealed class KeyPointsMap : TableMap<KeyPoint>
{
    public Column<KeyPoint, string> Id { get; }
    public Column<KeyPoint, int> Seq { get; }
    public Column<KeyPoint, LocalizedText> Name { get; }
    public Column<KeyPoint, LocalizedText> Text { get; }
    public Column<KeyPoint, SourceRef> Source { get; }

    internal KeyPointsMap()
        : base(Tables.KeyPoints, "課題解決のためのポイント", "Key points", "計画が掲げる重点。", "The plan's key points.")
    {
        Id = IdOf("id", k => k.Id, "ID", "ID");
        Seq = IntegerOf("seq", k => k.Seq, "順番", "Order");
        Name = LocalizedOf("name", k => k.Name, true, "名称", "Name");
        Text = LocalizedOf("text", k => k.Text, false, "説明", "Text");
        Source = SourceOf(k => k.Source);
        PrimaryKey(Id);
        Optional();
    }

    public override KeyPoint Create(RecordCells c) => new(Id[c], Seq[c], Name[c], Text[c], Source[c]);
}
