using Kyodo.Model;
using Kyodo.Schema.Mapping;

namespace Kyodo.Schema.Maps;

/// <summary>relistings.csv: a project printed again under another measure (再掲), never a second project.</summary>
public sealed class RelistingsMap : TableMap<ProjectEntry>
{
    public Column<ProjectEntry, string> ProjectId { get; }
    public Column<ProjectEntry, int> Year { get; }
    public Column<ProjectEntry, string?> No { get; }
    public Column<ProjectEntry, int> Seq { get; }
    public Column<ProjectEntry, string> MeasureId { get; }
    public Column<ProjectEntry, LocalizedText> Name { get; }
    public Column<ProjectEntry, string> DepartmentId { get; }
    public Column<ProjectEntry, LocalizedText> Plan { get; }
    public Column<ProjectEntry, LocalizedText> Result { get; }
    public Column<ProjectEntry, string?> Achievement { get; }
    public Column<ProjectEntry, IReadOnlyList<int>> SdgGoals { get; }
    public Column<ProjectEntry, IReadOnlyList<string>> SdgTargets { get; }
    public Column<ProjectEntry, SdgStatus> SdgStatus { get; }
    public Column<ProjectEntry, SourceRef> Source { get; }
    public Column<ProjectEntry, LocalizedText> Note { get; }

    internal RelistingsMap()
        : base(Tables.Relistings, "再掲", "Re-listings",
            "同じ事業を別の施策の下に再び掲載したもの（別の事業ではありません）。", "A project printed again under another measure (再掲); never a second project.")
    {
        ProjectId = RefOf("project_id", Tables.Projects, e => e.ProjectId, "事業ID", "Permanent project ID");
        Year = YearOf("year", e => e.Year, "年度（版）", "Edition year");
        No = OptionalTextOf("no", e => e.No, "文書上の番号（記載がなければ空欄）", "Number printed in the document (empty when none is printed)");
        Seq = IntegerOf("seq", e => e.Seq, "文書内の順番", "Position in the document");
        MeasureId = RefOf("measure_id", Tables.Measures, e => e.MeasureId, "掲載された施策", "Measure the project is listed under");
        Name = LocalizedOf("name", e => e.Name, true, "再掲での事業名", "Name as printed in the re-listing");
        DepartmentId = RefOf("department_id", Tables.Departments, e => e.DepartmentId, "担当所属", "Responsible department");
        Plan = LocalizedOf("plan", e => e.Plan, false, "事業計画", "Plan text");
        Result = LocalizedOf("result", e => e.Result, false, "取組状況", "Result text");
        Achievement = ConfiguredOf("achievement", "rating", e => e.Rating, "評価", "Rating");
        SdgGoals = IntegerListOf("sdg_goals", e => e.SdgGoals, "SDGs ゴール", "SDG goals");
        SdgTargets = ListOf("sdg_targets", FieldType.SdgTargetList, e => e.SdgTargets, "SDGs ターゲット", "SDG targets");
        SdgStatus = CodeOf("sdg_status", Codes.SdgStatuses, e => e.SdgStatus, "SDGs の記録状態", "State of the SDG record");
        Source = SourceOf(e => e.Source);
        Note = NotesOf(e => e.Note);
        PrimaryKey(ProjectId, Year, MeasureId);
        ForeignKey([ProjectId, Year], Tables.ProjectYears, "project_id", "year");
        ForeignKey([MeasureId], Tables.Measures);
        ForeignKey([DepartmentId], Tables.Departments);
        Optional();
    }

    public override ProjectEntry Create(RecordCells c) => new(
        ProjectId[c], Year[c], No[c], Seq[c], MeasureId[c], Category: null, Name[c], DepartmentId[c], Plan[c], Result[c], Achievement[c],
        SdgGoals[c], SdgTargets[c], SdgStatus[c], Partners: [], Effect: LocalizedText.Empty, IsRelisting: true, Source[c], Note[c]);
}
