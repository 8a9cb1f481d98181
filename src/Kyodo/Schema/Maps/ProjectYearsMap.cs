using Kyodo.Model;
using Kyodo.Schema.Mapping;

namespace Kyodo.Schema.Maps;

/// <summary>project_years.csv: a project as listed in one edition, one row per project per year.</summary>
public sealed class ProjectYearsMap : TableMap<ProjectEntry>
{
    public Column<ProjectEntry, string> ProjectId { get; }
    public Column<ProjectEntry, int> Year { get; }
    public Column<ProjectEntry, string?> No { get; }
    public Column<ProjectEntry, int> Seq { get; }
    public Column<ProjectEntry, string> MeasureId { get; }
    public Column<ProjectEntry, string?> Category { get; }
    public Column<ProjectEntry, LocalizedText> Name { get; }
    public Column<ProjectEntry, string> DepartmentId { get; }
    public Column<ProjectEntry, LocalizedText> Plan { get; }
    public Column<ProjectEntry, LocalizedText> Result { get; }
    public Column<ProjectEntry, string?> Achievement { get; }
    public Column<ProjectEntry, IReadOnlyList<int>> SdgGoals { get; }
    public Column<ProjectEntry, IReadOnlyList<string>> SdgTargets { get; }
    public Column<ProjectEntry, SdgStatus> SdgStatus { get; }
    public Column<ProjectEntry, IReadOnlyList<string>> Partners { get; }
    public Column<ProjectEntry, SourceRef> Source { get; }
    public Column<ProjectEntry, LocalizedText> Effect { get; }
    public Column<ProjectEntry, LocalizedText> Note { get; }

    internal ProjectYearsMap()
        : base(Tables.ProjectYears, "年度別事業", "Project-years",
            "各年度の文書に載った事業（1事業1年度1行。再掲は relistings）。",
            "A project as listed in one edition: one row per project per year (re-listings are in relistings).")
    {
        ProjectId = RefOf("project_id", Tables.Projects, e => e.ProjectId, "事業ID", "Permanent project ID");
        Year = YearOf("year", e => e.Year, "年度（版）", "Edition year");
        No = OptionalTextOf("no", e => e.No, "文書上の番号（記載がなければ空欄）", "Number printed in the document (empty when none is printed)");
        Seq = IntegerOf("seq", e => e.Seq, "文書内の順番", "Position in the document");
        MeasureId = RefOf("measure_id", Tables.Measures, e => e.MeasureId, "掲載された施策", "Measure the project is listed under");
        Category = ConfiguredOf("category", "categories", e => e.Category, "区分（記載がなければ空欄）", "Category (empty when the document states none)");
        Name = LocalizedOf("name", e => e.Name, true, "事業名", "Project name as printed");
        DepartmentId = RefOf("department_id", Tables.Departments, e => e.DepartmentId, "担当所属", "Responsible department");
        Plan = LocalizedOf("plan", e => e.Plan, false, "事業計画", "Plan text");
        Result = LocalizedOf("result", e => e.Result, false, "取組状況", "Result text (report years)");
        Achievement = ConfiguredOf("achievement", "rating", e => e.Rating,
            "評価（plan.yaml の rating で定めた尺度のコード）", "Rating on the scale declared in plan.yaml (rating), report years");
        SdgGoals = IntegerListOf("sdg_goals", e => e.SdgGoals, "SDGs ゴール", "SDG goals");
        SdgTargets = ListOf("sdg_targets", FieldType.SdgTargetList, e => e.SdgTargets, "SDGs ターゲット", "SDG targets");
        SdgStatus = CodeOf("sdg_status", Codes.SdgStatuses, e => e.SdgStatus,
            "SDGs の記録状態", "State of the SDG record (lost: icons lost in the text extraction)");
        Partners = ListOf("partners", FieldType.Text, e => e.Partners,
            "協働の相手（partners.csv の ID、; 区切り）", "Partner types (IDs of partners.csv separated by ;)");
        Source = SourceOf(e => e.Source);
        Effect = LocalizedOf("effect", e => e.Effect, false, "効果又は理由", "Effect or reason");
        Note = NotesOf(e => e.Note);
        PrimaryKey(ProjectId, Year);
        ForeignKey([ProjectId], Tables.Projects);
        ForeignKey([MeasureId], Tables.Measures);
        ForeignKey([DepartmentId], Tables.Departments);
    }

    public override ProjectEntry Create(RecordCells c) => new(
        ProjectId[c], Year[c], No[c], Seq[c], MeasureId[c], Category[c], Name[c], DepartmentId[c], Plan[c], Result[c], Achievement[c],
        SdgGoals[c], SdgTargets[c], SdgStatus[c], Partners[c], Effect[c], IsRelisting: false, Source[c], Note[c]);
}
