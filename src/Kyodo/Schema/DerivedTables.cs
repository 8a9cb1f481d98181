using Kyodo.Model;
using static Kyodo.Schema.FieldType;

namespace Kyodo.Schema;

/// <summary>
/// Tables Kyodo computes from a plan and publishes beside the input tables. They are downloads only: a data
/// folder never contains them, and loading the published input tables back does not need them.
/// </summary>
public static class DerivedTables
{
    public const string ProjectOverview = "project_overview";
    public const string Reconciliation = "reconciliation";

    /// <summary>The states of <see cref="Processing.ProjectState"/> as codes.</summary>
    public static readonly IReadOnlyList<string> ProjectStates = ["active", "completed", "succeeded", "not_listed"];

    public static readonly IReadOnlyList<string> Outcomes = ["match", "mismatch", "not_computable"];

    private static FieldSpec F(string name, FieldType type, bool required, string ja, string en) =>
        new(name, type, required, new LocalizedText(ja, en));

    private static FieldSpec Ref(string name, bool required, string table, string ja, string en) =>
        F(name, Id, required, ja, en) with { References = table };

    public static readonly IReadOnlyList<TableSpec> All =
    [
        new TableSpec(ProjectOverview,
            new LocalizedText("事業の概要（最新）", "Project overview (latest)"),
            new LocalizedText(
                "事業ごとに1行：最新の掲載での事業名・施策・担当所属・区分と、現在の状態（Kyodo が project_years と lineage から算出）。",
                "One row per project: its name, measure, department and category in its latest listing, and where it stands now (computed by Kyodo from project_years and lineage)."),
            [
                Ref("id", true, Tables.Projects, "事業ID", "Permanent project ID"),
                F("name_ja", Text, false, "最新の事業名（日本語）", "Latest project name (Japanese, authoritative)"),
                F("name_en", Text, false, "最新の事業名（英語・非公式訳）", "Latest project name (English, unofficial translation)"),
                F("latest_year", Year, false, "事業名などを取った掲載の年度（完了の掲載より継続中の掲載を優先）", "Edition the name, measure and department are taken from (a listing that is not a completion is preferred)"),
                Ref("measure_id", false, Tables.Measures, "その年度の施策", "Measure in that listing"),
                Ref("department_id", false, Tables.Departments, "その年度の担当所属", "Department in that listing"),
                F("category", Code, false, "その年度の区分", "Category in that listing") with { AllowedFromConfig = "categories" },
                F("state", Code, true, "現在の状態（active：最新版に掲載、completed：完了、succeeded：統合・名称変更で後継あり、not_listed：理由の記載なく掲載なし）",
                    "Where the project stands (active: in the latest edition; completed; succeeded: merged or renamed into another ID; not_listed: no longer listed and no reason given)") with { Allowed = ProjectStates },
                F("first_year", Year, false, "最初に掲載された年度", "First edition listing it"),
                F("last_year", Year, false, "最後に掲載された年度", "Last edition listing it"),
            ],
            ["id"])
        {
            ForeignKeys = [new(["id"], Tables.Projects, ["id"]), new(["measure_id"], Tables.Measures, ["id"]), new(["department_id"], Tables.Departments, ["id"])],
        },

        new TableSpec(Reconciliation,
            new LocalizedText("市の集計との照合", "Reconciliation with the city's summaries"),
            new LocalizedText(
                "市が公表した集計（summaries）の各項目を、掲載された行から Kyodo が計算し直した値と比べた結果。公表値は直さず、そのまま残しています。",
                "Each cell the city published (summaries) beside the same figure recomputed by Kyodo from the rows. The published figure is never corrected."),
            [
                F("year", Year, true, "年度", "Year"),
                F("table", Code, true, "集計表", "Summary table") with { Allowed = Tables.Get(Tables.Summaries).Field("table")!.Allowed },
                Ref("measure_id", false, Tables.Measures, "基本施策（全体は空欄）", "Measure (empty for the whole plan)"),
                F("key", Text, true, "項目", "Cell key"),
                F("published", Number, true, "公表値", "Value as published") with { Unit = new LocalizedText("件数", "count") },
                F("printed", Text, false, "文書での表記", "The cell as printed"),
                F("computed", Number, false, "行から計算した値（計算できない場合は空欄）", "Value computed from the rows (empty when not computable)") with { Unit = new LocalizedText("件数", "count") },
                F("outcome", Code, true, "照合の結果", "Outcome") with { Allowed = Outcomes },
                F("explanation_ja", Text, false, "説明（日本語）", "Explanation (Japanese)"),
                F("explanation_en", Text, false, "説明（英語）", "Explanation (English)"),
            ],
            ["year", "table", "measure_id", "key"])
        {
            ForeignKeys = [new(["measure_id"], Tables.Measures, ["id"])],
        },
    ];

    public static TableSpec Get(string name) => All.First(t => t.Name == name);
}
