using Kyodo.Model;
using static Kyodo.Schema.FieldType;

namespace Kyodo.Schema;

/// <summary>
/// The tables of a plan's data set. One definition drives loading and validation, the CSV and JSON
/// downloads, the JSON Schemas, the Frictionless data package and the codebook page.
/// </summary>
public static class Tables
{
    public const string Sources = "sources";
    public const string Policies = "policies";
    public const string Measures = "measures";
    public const string KeyPoints = "key_points";
    public const string Roles = "roles";
    public const string Departments = "departments";
    public const string Projects = "projects";
    public const string ProjectYears = "project_years";
    public const string Relistings = "relistings";
    public const string Lineage = "lineage";
    public const string Metrics = "metrics";
    public const string Indicators = "indicators";
    public const string IndicatorValues = "indicator_values";
    public const string IndicatorTargets = "indicator_targets";
    public const string IndicatorAssessments = "indicator_assessments";
    public const string SeriesBreaks = "series_breaks";
    public const string Commentary = "commentary";
    public const string Summaries = "summaries";
    public const string Partners = "partners";
    public const string ProjectTargets = "project_targets";

    private static FieldSpec F(string name, FieldType type, bool required, string ja, string en) =>
        new(name, type, required, new LocalizedText(ja, en));

    private static FieldSpec Ref(string name, bool required, string table, string ja, string en) =>
        F(name, Id, required, ja, en) with { References = table };

    private static FieldSpec Code(string name, bool required, string ja, string en, params string[] allowed) =>
        F(name, FieldType.Code, required, ja, en) with { Allowed = allowed };

    private static FieldSpec Configured(string name, bool required, string configKey, string ja, string en) =>
        F(name, FieldType.Code, required, ja, en) with { AllowedFromConfig = configKey };

    /// <summary>A Japanese column (required when <paramref name="jaRequired"/>) and its English twin.</summary>
    private static IEnumerable<FieldSpec> Pair(string stem, bool jaRequired, string ja, string en)
    {
        yield return F(stem + "_ja", Text, jaRequired, ja + "（日本語）", en + " (Japanese, authoritative)");
        yield return F(stem + "_en", Text, false, ja + "（英語・非公式訳）", en + " (English, unofficial translation)");
    }

    private static FieldSpec SourceField(bool required = true) =>
        F("source", FieldType.Source, required, "出典（文書ID#節）", "Source: document ID and section (document-id#section)");

    private static IEnumerable<FieldSpec> Notes() => Pair("note", false, "注記", "Note");

    private static TableSpec T(string name, string titleJa, string titleEn, string descJa, string descEn,
        string[] key, params IEnumerable<FieldSpec>[] fields) =>
        new(name, new LocalizedText(titleJa, titleEn), new LocalizedText(descJa, descEn),
            fields.SelectMany(f => f).ToList(), key);

    private static IEnumerable<FieldSpec> One(params FieldSpec[] fields) => fields;

    private static readonly LocalizedText UnitInRow = new("同じ行の unit_ja / unit_en", "as given in unit_ja / unit_en of the same row");
    private static readonly LocalizedText IndicatorUnit = new("指標の単位（indicators の unit_ja / unit_en）", "the indicator's unit (unit_ja / unit_en in indicators)");
    private static readonly LocalizedText Count = new("件数", "count");

    /// <summary>Year, number, state in words and printed form of one value of a project target.</summary>
    private static IEnumerable<FieldSpec> TargetPointFields(string stem, string ja, string en) =>
    [
        F(stem + "_year", Year, false, ja + "の年度", en + ": fiscal year"),
        F(stem + "_value", Number, false, ja + "（数値の指標）", en + ": number (numeric indicators)"),
        .. Pair(stem, false, ja + "（言葉で表す状態）", en + ": state in words (qualitative indicators)"),
        F(stem + "_printed", Text, false, ja + "（文書での表記）", en + ": the cell as printed"),
    ];

    private static readonly string[] SdgStatuses = ["recorded", "none", "lost", "not_in_document"];

    public static readonly IReadOnlyList<TableSpec> All = Build();

    private static readonly Dictionary<string, TableSpec> ByName = All.ToDictionary(t => t.Name);

    public static TableSpec Get(string name) => ByName[name];

    /// <summary>The 17 SDG goals, shared by every plan (data/sdgs.csv).</summary>
    public static readonly TableSpec SdgGoals = T("sdgs", "SDGs のゴール", "SDG goals",
        "持続可能な開発目標の17のゴール。", "The 17 Sustainable Development Goals.",
        ["goal"],
        One(F("goal", Integer, true, "ゴール番号", "Goal number")),
        Pair("name", true, "名称", "Name"),
        One(F("colour", Text, true, "色（#RRGGBB）", "Official colour (#RRGGBB)")));

    private static List<TableSpec> Build()
    {
        var entryFields = new List<FieldSpec>
        {
            Ref("project_id", true, Projects, "事業ID", "Permanent project ID"),
            F("year", Year, true, "年度（版）", "Edition year"),
            F("no", Text, false, "文書上の番号（記載がなければ空欄）", "Number printed in the document (empty when none is printed)"),
            F("seq", Integer, true, "文書内の順番", "Position in the document"),
            Ref("measure_id", true, Measures, "掲載された施策", "Measure the project is listed under"),
        };

        return
        [
            T(Sources, "出典文書", "Source documents",
                "データの出典となった市の公表文書。", "The city's published documents the data was transcribed from.",
                ["id"],
                One(F("id", Id, true, "文書ID", "Document ID"),
                    F("title_ja", Text, true, "表題（日本語）", "Title (Japanese)"),
                    F("title_en", Text, false, "表題（英語・非公式訳）", "Title (English, unofficial translation)"),
                    F("issuer_ja", Text, true, "発行者（日本語）", "Issuer (Japanese)"),
                    F("issuer_en", Text, false, "発行者（英語）", "Issuer (English)"),
                    F("fiscal_year", Year, true, "対象年度", "Fiscal year covered"),
                    Code("kind", true, "種類", "Kind of document", "plan", "report", "overview"),
                    F("published", Month, false, "発行年月", "Month of publication, when printed"),
                    F("seed_file", Text, true, "転記に使ったテキスト（seeds/）", "Plain-text extraction used for transcription (seeds/)")),
                Pair("taken", true, "取り出した内容", "What the data takes from it")),

            T(Policies, "第1階層（基本方針など）", "First level (policies …)",
                "計画の第1階層（基本方針、プロセスなど。呼び名は plan.yaml の levels で定めます）。", "First level of the plan's hierarchy (basic policies, processes …; plan.yaml levels names it).",
                ["id"],
                One(F("id", Id, true, "ID", "ID"), F("seq", Integer, true, "順番", "Order"),
                    F("no", Text, false, "文書上の番号（ID と違う場合）", "Number as printed, when it differs from the ID")),
                Pair("name", true, "名称", "Name"), Pair("aim", false, "ねらい", "Aim"),
                One(SourceField()), Notes()),

            T(Measures, "第2階層（施策など）", "Second level (measures …)",
                "計画の第2階層（基本施策、項目など。呼び名は plan.yaml の levels で定めます）。", "Second level of the plan's hierarchy (basic measures, items …; plan.yaml levels names it).",
                ["id"],
                One(F("id", Id, true, "ID", "ID"), Ref("policy_id", true, Policies, "上位の階層（policies.csv）", "Parent (policies.csv)"),
                    F("seq", Integer, true, "順番", "Order"),
                    F("no", Text, false, "文書上の番号（ID と違う場合。例：(1)）", "Number as printed, when it differs from the ID, e.g. (1)")),
                Pair("name", true, "名称", "Name"), Pair("aim", false, "ねらい（一行）", "One-line aim"),
                One(SourceField()), Notes()) with
            { ForeignKeys = [new(["policy_id"], Policies, ["id"])] },

            T(KeyPoints, "課題解決のためのポイント", "Key points",
                "計画が掲げる重点。", "The plan's key points.",
                ["id"],
                One(F("id", Id, true, "ID", "ID"), F("seq", Integer, true, "順番", "Order")),
                Pair("name", true, "名称", "Name"), Pair("text", false, "説明", "Text"), One(SourceField())) with
            { Required = false },

            T(Roles, "誰が誰に何をするか", "Who does what",
                "主体ごとの取り組みの表（1項目1行）。", "The matrix of what each actor does for whom, one row per item.",
                ["actor", "partner", "seq"],
                One(Code("actor", true, "誰が", "Who acts", "citizens", "neighbourhood-associations", "npos", "businesses", "city"),
                    Code("partner", true, "誰に", "For whom", "citizens", "neighbourhood-associations", "npos", "businesses", "city"),
                    F("seq", Integer, true, "順番", "Order")),
                Pair("text", true, "取り組み", "Activity"), One(SourceField())) with
            { Required = false },

            T(Departments, "担当所属", "Departments",
                "事業と指標を担当する市の所属。名称変更は successor_id でつなぎます。", "City departments responsible for projects and indicators; renames are linked through successor_id.",
                ["id"],
                One(F("id", Id, true, "所属ID", "Department ID")),
                Pair("bureau", false, "部", "Bureau"), Pair("section", true, "課・館など", "Division"),
                One(Ref("successor_id", false, Departments, "名称変更・統合後の所属", "Department it was renamed or merged into"),
                    SourceField(false)), Notes()) with
            { ForeignKeys = [new(["successor_id"], Departments, ["id"])] },

            T(Projects, "事業台帳", "Project registry",
                "公表された全事業の恒久 ID。名称変更・移動・再掲でも ID は変わりません。", "Permanent IDs of every project ever published; they survive renames, moves and re-listings.",
                ["id"],
                One(F("id", Id, true, "事業ID", "Permanent project ID")), Notes()),

            T(ProjectYears, "年度別事業", "Project-years",
                "各年度の文書に載った事業（1事業1年度1行。再掲は relistings）。", "A project as listed in one edition: one row per project per year (re-listings are in relistings).",
                ["project_id", "year"],
                entryFields,
                One(Configured("category", false, "categories", "区分（記載がなければ空欄）", "Category (empty when the document states none)")),
                Pair("name", true, "事業名", "Project name as printed"),
                One(Ref("department_id", true, Departments, "担当所属", "Responsible department")),
                Pair("plan", false, "事業計画", "Plan text"), Pair("result", false, "取組状況", "Result text (report years)"),
                One(Configured("achievement", false, "rating", "評価（plan.yaml の rating で定めた尺度のコード）", "Rating on the scale declared in plan.yaml (rating), report years"),
                    F("sdg_goals", IntegerList, false, "SDGs ゴール", "SDG goals"),
                    F("sdg_targets", SdgTargetList, false, "SDGs ターゲット", "SDG targets"),
                    Code("sdg_status", true, "SDGs の記録状態", "State of the SDG record (lost: icons lost in the text extraction)", SdgStatuses),
                    F("partners", Text, false, "協働の相手（partners.csv の ID、; 区切り）", "Partner types (IDs of partners.csv separated by ;)"),
                    SourceField()), Pair("effect", false, "効果又は理由", "Effect or reason"), Notes()) with
            {
                ForeignKeys = [new(["project_id"], Projects, ["id"]), new(["measure_id"], Measures, ["id"]), new(["department_id"], Departments, ["id"])],
            },

            T(Relistings, "再掲", "Re-listings",
                "同じ事業を別の施策の下に再び掲載したもの（別の事業ではありません）。", "A project printed again under another measure (再掲); never a second project.",
                ["project_id", "year", "measure_id"],
                entryFields,
                Pair("name", true, "再掲での事業名", "Name as printed in the re-listing"),
                One(Ref("department_id", true, Departments, "担当所属", "Responsible department")),
                Pair("plan", false, "事業計画", "Plan text"), Pair("result", false, "取組状況", "Result text"),
                One(Configured("achievement", false, "rating", "評価", "Rating"),
                    F("sdg_goals", IntegerList, false, "SDGs ゴール", "SDG goals"),
                    F("sdg_targets", SdgTargetList, false, "SDGs ターゲット", "SDG targets"),
                    Code("sdg_status", true, "SDGs の記録状態", "State of the SDG record", SdgStatuses),
                    SourceField()), Notes()) with
            {
                Required = false,
                ForeignKeys = [new(["project_id", "year"], ProjectYears, ["project_id", "year"]), new(["measure_id"], Measures, ["id"]), new(["department_id"], Departments, ["id"])],
            },

            T(Lineage, "事業の変遷", "Lineage events",
                "名称変更・統合・分割・施策の移動・完了・所属の変更と、その根拠と確からしさ。", "Renames, merges, splits, moves, completions and department changes, with evidence and confidence.",
                ["id"],
                One(F("id", Id, true, "ID", "Event ID"),
                    Code("subject", true, "対象", "What changed", "project", "department"),
                    Code("event", true, "種類", "Kind of change", "renamed", "merged", "split", "moved", "completed", "department-changed", "appears-once"),
                    F("from_id", Id, true, "変更前の ID", "ID before"),
                    F("to_id", Id, false, "変更後の ID", "ID after"),
                    F("year", Year, true, "変更が現れた年度", "First edition showing the change"),
                    Code("evidence", true, "根拠の種類", "Kind of evidence", "document-note", "same-plan-text", "similar-plan-text", "same-name", "name-similarity", "listed")),
                Pair("evidence", true, "根拠", "Evidence"),
                One(Code("confidence", true, "確からしさ", "Confidence (unknown: could not tell)", "high", "medium", "low", "unknown"),
                    SourceField())) with
            { Required = false },

            T(Metrics, "活動の数値", "Activity figures",
                "取組状況・事業計画の文中の数値（原文を残したうえで構造化）。", "Figures printed inside result and plan texts, structured, with the original fragment.",
                ["project_id", "year", "field", "seq"],
                One(Ref("project_id", true, Projects, "事業ID", "Project ID"),
                    F("year", Year, true, "年度（版）", "Edition year"),
                    F("seq", Integer, true, "順番", "Order within the entry"),
                    Code("field", true, "記載箇所", "Text it was printed in", "result", "plan"),
                    Code("kind", true, "実績・目標", "Actual or target", "actual", "target")),
                Pair("name", true, "項目名", "Figure name"),
                One(F("value", Number, true, "値", "Value") with { Unit = UnitInRow },
                    F("unit_ja", Text, false, "単位（日本語）", "Unit (Japanese, as printed)"),
                    F("unit_en", Text, false, "単位（英語）", "Unit (English)"),
                    F("period", Year, true, "値の年度", "Fiscal year the value refers to"),
                    F("prev_value", Number, false, "前年度の値", "Previous-year value printed beside it") with { Unit = UnitInRow },
                    F("prev_period", Year, false, "前年度", "Year of prev_value"),
                    F("cumulative", FieldType.Boolean, false, "累計", "A running total (累計)"),
                    F("text_ja", Text, true, "原文", "The fragment as printed"),
                    SourceField())) with
            { Required = false, ForeignKeys = [new(["project_id", "year"], ProjectYears, ["project_id", "year"])] },

            T(Indicators, "指標", "Indicators",
                "計画の成果を測る指標。", "Indicators that measure the plan's outcomes.",
                ["id"],
                One(F("id", Id, true, "指標ID", "Indicator ID"),
                    Code("level", true, "区分", "Level", "overall", "basic"),
                    Ref("measure_id", false, Measures, "基本施策（基本指標のみ）", "Measure (basic indicators only)"),
                    F("seq", Integer, true, "順番", "Order")),
                Pair("name", true, "指標名", "Name"), Pair("description", true, "説明", "Description"),
                One(F("unit_ja", Text, true, "単位（日本語）", "Unit (Japanese)"),
                    F("unit_en", Text, false, "単位（英語）", "Unit (English)"),
                    F("decimals", Integer, true, "表示する小数桁数", "Decimal places shown") with { Unit = new LocalizedText("桁", "digits") },
                    Code("direction", true, "望ましい方向", "Which way is better", "increase", "decrease"),
                    Code("kind", true, "種類", "Target or monitoring indicator", "target", "monitoring"),
                    F("cumulative", FieldType.Boolean, true, "累計", "A running total (累計)"),
                    F("baseline_year", Year, true, "策定時の年度", "Baseline year"),
                    Ref("department_id", false, Departments, "担当所属", "Responsible department"),
                    SourceField()), Notes()) with
            {
                Required = false,
                ForeignKeys = [new(["measure_id"], Measures, ["id"]), new(["department_id"], Departments, ["id"])],
            },

            T(IndicatorValues, "指標の実績値", "Indicator values",
                "指標の年度別の値。欠けた値は status に理由があります。", "Yearly values of each indicator; a missing value has its reason in status.",
                ["indicator_id", "year"],
                One(Ref("indicator_id", true, Indicators, "指標ID", "Indicator ID"),
                    F("year", Year, true, "年度", "Fiscal year"),
                    F("value", Number, false, "値（欠損は空欄）", "Value (empty when missing)") with { Unit = IndicatorUnit },
                    Code("status", true, "状態", "Status of the value", "reported", "not_surveyed", "not_evaluable", "discontinued"),
                    F("printed", Text, false, "文書での表記", "The cell as printed"),
                    SourceField()), Notes()) with
            { Required = false, ForeignKeys = [new(["indicator_id"], Indicators, ["id"])] },

            T(IndicatorTargets, "目標値と改定", "Indicator targets",
                "目標値と、その改定の履歴。", "Targets and their revisions.",
                ["indicator_id", "target_year", "set_in"],
                One(Ref("indicator_id", true, Indicators, "指標ID", "Indicator ID"),
                    F("target_year", Year, true, "目標年度", "Target year"),
                    F("value", Number, true, "目標値", "Target value") with { Unit = IndicatorUnit },
                    Code("status", true, "状態", "current or superseded", "current", "superseded"),
                    F("set_in", Year, true, "公表した年度", "Year of the document that published it"),
                    SourceField()), Notes()) with
            { Required = false, ForeignKeys = [new(["indicator_id"], Indicators, ["id"])] },

            T(IndicatorAssessments, "進捗状況（市の評価）", "Progress marks (official)",
                "市が公表した進捗の矢印と具体的な内容。", "The city's published progress marks and comments.",
                ["indicator_id", "year"],
                One(Ref("indicator_id", true, Indicators, "指標ID", "Indicator ID"),
                    F("year", Year, true, "年度", "Year assessed"),
                    Code("mark", true, "進捗", "Progress mark", "approaching", "flat", "receding", "not_evaluable"),
                    F("printed", Text, false, "文書での表記", "Symbol as printed")),
                Pair("comment", false, "具体的な内容", "Comment"), One(SourceField())) with
            { Required = false, ForeignKeys = [new(["indicator_id"], Indicators, ["id"])] },

            T(SeriesBreaks, "算出方法の変更", "Series breaks",
                "指標の調査・算出方法が変わった年度。", "Years in which an indicator's method changed.",
                ["indicator_id", "year"],
                One(Ref("indicator_id", true, Indicators, "指標ID", "Indicator ID"),
                    F("year", Year, true, "新しい方法の最初の年度", "First year on the new method")),
                Pair("description", true, "内容", "Description"), One(SourceField())) with
            { Required = false, ForeignKeys = [new(["indicator_id"], Indicators, ["id"])] },

            T(Commentary, "評価・意見", "Commentary",
                "市による評価と協議会の意見。", "The city's evaluation and the council's opinions.",
                ["year", "scope", "measure_id", "author", "seq"],
                One(F("year", Year, true, "年度", "Year"),
                    Code("scope", true, "範囲", "Scope", "plan", "measure"),
                    Ref("measure_id", false, Measures, "基本施策", "Measure"),
                    Code("author", true, "誰の意見か", "Author", "city", "council"),
                    F("seq", Integer, true, "順番", "Order")),
                Pair("text", true, "本文", "Text"), One(SourceField())) with
            { Required = false, ForeignKeys = [new(["measure_id"], Measures, ["id"])] },

            T(Summaries, "市が公表した集計", "Published summaries",
                "市の文書に載った集計表の値（計算値と照合します）。", "Counts published in the city's documents, as printed (reconciled against the rows).",
                ["year", "table", "measure_id", "key"],
                One(F("year", Year, true, "年度", "Year"),
                    Code("table", true, "集計表", "Summary table", "indicator-progress", "achievement", "sdg-goals", "project-counts", "category-counts", "expanded-list", "evaluation-counts"),
                    Ref("measure_id", false, Measures, "基本施策（全体は空欄）", "Measure (empty for the whole plan)"),
                    F("key", Text, true, "項目", "Cell key"),
                    F("value", Number, true, "値", "Value") with { Unit = Count },
                    F("printed", Text, false, "文書での表記", "The cell as printed"),
                    SourceField()), Notes()) with
            { Required = false },

            T(Partners, "協働の相手", "Partner types",
                "協働の相手の種類（①〜⑦など）。名称が文書にない場合は空欄にし、注記にそう書きます。", "Types of collaboration partner (①–⑦ and the like); leave the name empty, and say so in the note, when the document prints only the symbol.",
                ["id"],
                One(F("id", Id, true, "ID", "ID"), F("symbol", Text, true, "記号", "Symbol as printed"),
                    F("seq", Integer, true, "順番", "Order")),
                Pair("name", false, "名称", "Name"), One(SourceField()), Notes()) with
            { Required = false },

            T(ProjectTargets, "事業の目標指標", "Project targets",
                "事業ごとの目標指標：基準値・目標値・現状値。数値の指標と、状態を言葉で表す指標（qualitative）があります。", "A project's target indicators: baseline, target and current value, numeric or qualitative (a state in words).",
                ["project_id", "year", "seq"],
                One(Ref("project_id", true, Projects, "事業ID", "Project ID"),
                    F("year", Year, true, "年度（版）", "Edition year"),
                    F("seq", Integer, true, "順番", "Order within the entry")),
                Pair("name", true, "指標名", "Indicator name"),
                One(F("qualitative", FieldType.Boolean, true, "言葉で表す指標か（true / false）", "True when the values are states in words, not numbers"),
                    F("unit_ja", Text, false, "単位（日本語）", "Unit (Japanese, as printed)"),
                    F("unit_en", Text, false, "単位（英語）", "Unit (English)")),
                TargetPointFields("baseline", "基準値", "Baseline"),
                TargetPointFields("target", "目標値", "Target"),
                TargetPointFields("current", "現状値", "Current value"),
                One(Code("current_status", true, "現状値の状態", "Status of the current value", "reported", "not_surveyed", "not_evaluable", "discontinued"),
                    SourceField()), Notes()) with
            { Required = false, ForeignKeys = [new(["project_id", "year"], ProjectYears, ["project_id", "year"])] },
        ];
    }
}
