using Kyodo.Model;
using Kyodo.Schema.Mapping;

namespace Kyodo.Schema.Maps;

/// <summary>policies.csv: the first level of the plan's hierarchy.</summary>
public sealed class PoliciesMap : TableMap<Policy>
{
    public Column<Policy, string> Id { get; }
    public Column<Policy, int> Seq { get; }
    public Column<Policy, string?> No { get; }
    public Column<Policy, LocalizedText> Name { get; }
    public Column<Policy, LocalizedText> Aim { get; }
    public Column<Policy, SourceRef> Source { get; }
    public Column<Policy, LocalizedText> Note { get; }

    internal PoliciesMap()
        : base(Tables.Policies, "第1階層（基本方針など）", "First level (policies …)",
            "計画の第1階層（基本方針、プロセスなど。呼び名は plan.yaml の levels で定めます）。",
            "First level of the plan's hierarchy (basic policies, processes …; plan.yaml levels names it).")
    {
        Id = IdOf("id", p => p.Id, "ID", "ID");
        Seq = IntegerOf("seq", p => p.Seq, "順番", "Order");
        No = OptionalTextOf("no", p => p.No, "文書上の番号（ID と違う場合）", "Number as printed, when it differs from the ID");
        Name = LocalizedOf("name", p => p.Name, true, "名称", "Name");
        Aim = LocalizedOf("aim", p => p.Aim, false, "ねらい", "Aim");
        Source = SourceOf(p => p.Source);
        Note = NotesOf(p => p.Note);
        PrimaryKey(Id);
    }

    public override Policy Create(RecordCells c) => new(Id[c], Seq[c], Name[c], Aim[c], Source[c], Note[c], No[c]);
}
