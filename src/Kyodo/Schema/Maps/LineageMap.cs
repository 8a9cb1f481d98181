using Kyodo.Model;
using Kyodo.Schema.Mapping;

namespace Kyodo.Schema.Maps;

/// <summary>lineage.csv: renames, merges, splits, moves, completions and department changes, with their evidence.</summary>
public sealed class LineageMap : TableMap<LineageEvent>
{
    public Column<LineageEvent, string> Id { get; }
    public Column<LineageEvent, LineageSubject> Subject { get; }
    public Column<LineageEvent, LineageKind> Event { get; }
    public Column<LineageEvent, string> FromId { get; }
    public Column<LineageEvent, string?> ToId { get; }
    public Column<LineageEvent, int> Year { get; }
    public Column<LineageEvent, EvidenceKind> EvidenceKind { get; }
    public Column<LineageEvent, LocalizedText> Evidence { get; }
    public Column<LineageEvent, Confidence> Confidence { get; }
    public Column<LineageEvent, SourceRef> Source { get; }

    internal LineageMap()
        : base(Tables.Lineage, "事業の変遷", "Lineage events",
            "名称変更・統合・分割・施策の移動・完了・所属の変更と、その根拠と確からしさ。",
            "Renames, merges, splits, moves, completions and department changes, with evidence and confidence.")
    {
        Id = IdOf("id", l => l.Id, "ID", "Event ID");
        Subject = CodeOf("subject", Codes.LineageSubjects, l => l.Subject, "対象", "What changed");
        Event = CodeOf("event", Codes.LineageKinds, l => l.Event, "種類", "Kind of change");
        FromId = IdOf("from_id", l => l.FromId, "変更前の ID", "ID before");
        ToId = OptionalIdOf("to_id", l => l.ToId, "変更後の ID", "ID after");
        Year = YearOf("year", l => l.Year, "変更が現れた年度", "First edition showing the change");
        EvidenceKind = CodeOf("evidence", Codes.EvidenceKinds, l => l.EvidenceKind, "根拠の種類", "Kind of evidence");
        Evidence = LocalizedOf("evidence", l => l.Evidence, true, "根拠", "Evidence");
        Confidence = CodeOf("confidence", Codes.Confidences, l => l.Confidence, "確からしさ", "Confidence (unknown: could not tell)");
        Source = SourceOf(l => l.Source);
        PrimaryKey(Id);
        Optional();
    }

    public override LineageEvent Create(RecordCells c) =>
        new(Id[c], Subject[c], Event[c], FromId[c], ToId[c], Year[c], EvidenceKind[c], Evidence[c], Confidence[c], Source[c]);
}
