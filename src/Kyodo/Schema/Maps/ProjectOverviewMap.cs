using Kyodo.Model;
using Kyodo.Schema.Mapping;

namespace Kyodo.Schema.Maps;

/// <summary>project_overview.csv (computed, published only): one row per project, where it stands now.</summary>
public sealed class ProjectOverviewMap : TableMap<ProjectStatus>
{
    public Column<ProjectStatus, string> Id { get; }
    public Column<ProjectStatus, LocalizedText> Name { get; }
    public Column<ProjectStatus, int?> LatestYear { get; }
    public Column<ProjectStatus, string?> MeasureId { get; }
    public Column<ProjectStatus, string?> DepartmentId { get; }
    public Column<ProjectStatus, string?> Category { get; }
    public Column<ProjectStatus, ProjectState> State { get; }
    public Column<ProjectStatus, int?> FirstYear { get; }
    public Column<ProjectStatus, int?> LastYear { get; }

    internal ProjectOverviewMap()
        : base(DerivedTables.ProjectOverview, "事業の概要（最新）", "Project overview (latest)",
            "事業ごとに1行：最新の掲載での事業名・施策・担当所属・区分と、現在の状態（Kyodo が project_years と lineage から算出）。",
            "One row per project: its name, measure, department and category in its latest listing, and where it stands now (computed by Kyodo from project_years and lineage).")
    {
        Id = RefOf("id", Tables.Projects, s => s.Project.Id, "事業ID", "Permanent project ID");
        Name = LocalizedOf("name", s => s.Latest?.Name ?? LocalizedText.Empty, false,
            ("最新の事業名（日本語）", "Latest project name (Japanese, authoritative)"), ("最新の事業名（英語・非公式訳）", "Latest project name (English, unofficial translation)"));
        LatestYear = OptionalYearOf("latest_year", s => s.Latest?.Year,
            "事業名などを取った掲載の年度（完了の掲載より継続中の掲載を優先）", "Edition the name, measure and department are taken from (a listing that is not a completion is preferred)");
        MeasureId = OptionalRefOf("measure_id", Tables.Measures, s => s.Latest?.MeasureId, "その年度の施策", "Measure in that listing");
        DepartmentId = OptionalRefOf("department_id", Tables.Departments, s => s.Latest?.DepartmentId, "その年度の担当所属", "Department in that listing");
        Category = ConfiguredOf("category", "categories", s => s.Latest?.Category, "その年度の区分", "Category in that listing");
        State = CodeOf("state", Codes.ProjectStates, s => s.State,
            "現在の状態（active：最新版に掲載、completed：完了、succeeded：統合・名称変更で後継あり、not_listed：理由の記載なく掲載なし）",
            "Where the project stands (active: in the latest edition; completed; succeeded: merged or renamed into another ID; not_listed: no longer listed and no reason given)");
        FirstYear = OptionalYearOf("first_year", s => s.FirstYear == 0 ? null : s.FirstYear, "最初に掲載された年度", "First edition listing it");
        LastYear = OptionalYearOf("last_year", s => s.LastYear == 0 ? null : s.LastYear, "最後に掲載された年度", "Last edition listing it");
        PrimaryKey(Id);
        ForeignKey([Id], Tables.Projects);
        ForeignKey([MeasureId], Tables.Measures);
        ForeignKey([DepartmentId], Tables.Departments);
    }

    /// <summary>Computed from the plan, never read: a data folder does not hold it.</summary>
    public override ProjectStatus Create(RecordCells c) => throw new NotSupportedException("project_overview is computed, not read.");
}
