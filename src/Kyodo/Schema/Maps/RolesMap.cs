using Kyodo.Model;
using Kyodo.Schema.Mapping;

namespace Kyodo.Schema.Maps;

/// <summary>roles.csv: who does what for whom, one row per item.</summary>
public sealed class RolesMap : TableMap<RoleItem>
{
    public Column<RoleItem, Actor> Actor { get; }
    public Column<RoleItem, Actor> Partner { get; }
    public Column<RoleItem, int> Seq { get; }
    public Column<RoleItem, LocalizedText> Text { get; }
    public Column<RoleItem, SourceRef> Source { get; }

    internal RolesMap()
        : base(Tables.Roles, "誰が誰に何をするか", "Who does what",
            "主体ごとの取り組みの表（1項目1行）。", "The matrix of what each actor does for whom, one row per item.")
    {
        Actor = CodeOf("actor", Codes.Actors, r => r.Actor, "誰が", "Who acts");
        Partner = CodeOf("partner", Codes.Actors, r => r.Partner, "誰に", "For whom");
        Seq = IntegerOf("seq", r => r.Seq, "順番", "Order");
        Text = LocalizedOf("text", r => r.Text, true, "取り組み", "Activity");
        Source = SourceOf(r => r.Source);
        PrimaryKey(Actor, Partner, Seq);
        Optional();
    }

    public override RoleItem Create(RecordCells c) => new(Actor[c], Partner[c], Seq[c], Text[c], Source[c]);
}
