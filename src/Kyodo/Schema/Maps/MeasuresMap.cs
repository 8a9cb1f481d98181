using Kyodo.Model;
using Kyodo.Schema.Mapping;

namespace Kyodo.Schema.Maps;

/// <summary>measures.csv: the second level of the plan's hierarchy.</summary>
public sealed class MeasuresMap : TableMap<Measure>
{
    public Column<Measure, string> Id { get; }
    public Column<Measure, string> PolicyId { get; }
    public Column<Measure, int> Seq { get; }
    public Column<Measure, string?> No { get; }
    public Column<Measure, LocalizedText> Name { get; }
    public Column<Measure, LocalizedText> Aim { get; }
    public Column<Measure, SourceRef> Source { get; }
    public Column<Measure, LocalizedText> Note { get; }

    internal MeasuresMap()
        : base(Tables.Measures, "第2階層（施策など）", "Second level (measures …)",
            "計画の第2階層（基本施策、項目など。呼び名は plan.yaml の levels で定めます）。",
            "Second level of the plan's hierarchy (basic measures, items …; plan.yaml levels names it).")
    {
        Id = IdOf("id", m => m.Id, "ID", "ID");
        PolicyId = RefOf("policy_id", Tables.Policies, m => m.PolicyId, "上位の階層（policies.csv）", "Parent (policies.csv)");
        Seq = IntegerOf("seq", m => m.Seq, "順番", "Order");
        No = OptionalTextOf("no", m => m.No, "文書上の番号（ID と違う場合。例：(1)）", "Number as printed, when it differs from the ID, e.g. (1)");
        Name = LocalizedOf("name", m => m.Name, true, "名称", "Name");
        Aim = LocalizedOf("aim", m => m.Aim, false, "ねらい（一行）", "One-line aim");
        Source = SourceOf(m => m.Source);
        Note = NotesOf(m => m.Note);
        PrimaryKey(Id);
        ForeignKey([PolicyId], Tables.Policies);
    }

    public override Measure Create(RecordCells c) => new(Id[c], PolicyId[c], Seq[c], Name[c], Aim[c], Source[c], Note[c], No[c]);
}
