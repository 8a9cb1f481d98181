using Kyodo.Model;

namespace Kyodo.Localization;

/// <summary>The site's own interface texts in both languages. Data texts come from the data, not from here.</summary>
public static partial class Ui
{
    private static LocalizedText L(string ja, string en) => new(ja, en);

    public static readonly LocalizedText SkipToContent = L("本文へ移動", "Skip to main content");
    public static readonly LocalizedText Home = L("ホーム", "Home");
    public static readonly LocalizedText LanguageSwitch = L("English", "日本語");
    public static readonly LocalizedText LanguageSwitchLabel = L("このページの英語版", "This page in Japanese");
    public static readonly LocalizedText MainNavigation = L("メインメニュー", "Main menu");
    public static readonly LocalizedText Breadcrumb = L("現在位置", "You are here");
    public static readonly LocalizedText NotTranslated = L("未翻訳", "Not yet translated");
    public static readonly LocalizedText NotTranslatedLong = L("この部分の翻訳はまだありません。日本語の原文を表示しています。", "Not yet translated: shown in the original Japanese.");
    public static readonly LocalizedText UnofficialTranslation = L(
        "英語はプロジェクトによる非公式訳です。正本は日本語です。",
        "English texts are unofficial translations made by this project; the Japanese is authoritative.");

    public static readonly LocalizedText Plan = L("計画", "Plan");
    public static readonly LocalizedText Projects = L("事業", "Projects");
    public static readonly LocalizedText ProjectIndex = L("事業一覧", "All projects");
    public static readonly LocalizedText Project = L("事業", "Project");
    public static readonly LocalizedText Indicators = L("指標", "Indicators");
    public static readonly LocalizedText Indicator = L("指標", "Indicator");
    public static readonly LocalizedText Years = L("年度別", "By year");
    public static readonly LocalizedText Sdgs = L("SDGs", "SDGs");
    public static readonly LocalizedText Departments = L("担当所属", "Departments");
    public static readonly LocalizedText Department = L("担当所属", "Department");
    public static readonly LocalizedText OpenData = L("オープンデータ", "Open data");
    public static readonly LocalizedText About = L("この計画について", "About the plan");
    public static readonly LocalizedText Search = L("検索", "Search");

    public static readonly LocalizedText BasicGoal = L("基本目標", "Basic goal");
    public static readonly LocalizedText PlanPeriod = L("計画期間", "Plan period");
    public static readonly LocalizedText FiscalYear = L("年度", "Fiscal year");
    public static readonly LocalizedText Category = L("区分", "Category");
    public static readonly LocalizedText PlanText = L("事業計画", "Plan");
    public static readonly LocalizedText ResultText = L("取組状況", "Results");
    public static readonly LocalizedText SdgGoals = L("SDGs ゴール", "SDG goals");
    public static readonly LocalizedText SdgTargets = L("SDGs ターゲット", "SDG targets");
    public static readonly LocalizedText SdgLost = L("（原資料のアイコンが抽出できず不明）", "(unknown: the source's SDG icons were lost in text extraction)");
    public static readonly LocalizedText SdgNone = L("記載なし", "None listed");
    public static readonly LocalizedText Source = L("出典", "Source");
    public static readonly LocalizedText Sources = L("出典", "Sources");
    public static readonly LocalizedText Note = L("注記", "Note");
    public static readonly LocalizedText Timeline = L("年度ごとの掲載", "Year by year");
    public static readonly LocalizedText Relisted = L("再掲", "Re-listed");
    public static readonly LocalizedText RelistedUnder = L("再掲：", "Also listed under: ");
    public static readonly LocalizedText No = L("番号", "No.");
    public static readonly LocalizedText NotListed = L("この年度の文書には掲載されていません。", "Not listed in this year's document.");
    public static readonly LocalizedText ProjectCount = L("事業数", "Projects");
    public static readonly LocalizedText Entries = L("掲載数", "Entries");
    public static readonly LocalizedText Latest = L("最新", "Latest");
    public static readonly LocalizedText PageNotFound = L("ページが見つかりません", "Page not found");
    public static readonly LocalizedText PageNotFoundText = L(
        "お探しのページは見つかりませんでした。URL を確認するか、次のページからお探しください。",
        "The page you were looking for was not found. Check the address, or start from one of these pages.");
    public static readonly LocalizedText Footer = L(
        "このサイトは市の公表資料をもとに作成したオープンデータです。",
        "This site publishes the city's documents as open data.");
    public static readonly LocalizedText BuiltWith = L("Kyodo で作成", "Built with Kyodo");

    public static readonly LocalizedText DataNotesTitle = L("データに関する注記", "Data notes");

    public static readonly LocalizedText AtAGlance = L("計画の概況", "The plan at a glance");
    public static readonly LocalizedText ProjectsUnit = L("事業", " projects");
    public static readonly LocalizedText SeeYear = L("この年度の一覧を見る", "See this year's list");
    public static readonly LocalizedText KeyPoints = L("課題解決のためのポイント", "Key points");

    public static LocalizedText RatedEntries(int n) => L($"評価された掲載 {n} 件（再掲を含む）", $"{n} rated entries (re-listings included)");

    public static LocalizedText EntriesIn(string year, int n) => L($"{year}：{n} 事業", $"{year}: {n} projects");

    public static readonly LocalizedText ListedIn = L("掲載された年度", "Listed in");
    public static readonly LocalizedText Lineage = L("事業の変遷", "Lineage");
    public static readonly LocalizedText From = L("変更前", "From");
    public static readonly LocalizedText ActivityFigures = L("活動の数値", "Activity figures");
    public static readonly LocalizedText FigureName = L("項目", "Figure");
    public static readonly LocalizedText Value = L("値", "Value");
    public static readonly LocalizedText PreviousYear = L("前年度", "Previous year");
    public static readonly LocalizedText Kind = L("種類", "Kind");
    public static readonly LocalizedText Target = L("目標", "Target");
    public static readonly LocalizedText Actual = L("実績", "Actual");
    public static readonly LocalizedText NameAsPrinted = L("事業名（掲載どおり）", "Name as printed");
    public static readonly LocalizedText SdgNotInDocument = L("この年度の文書には SDGs の欄がありません", "This year's document has no SDG column");
    public static readonly LocalizedText Effect = L("効果又は理由", "Effect or reason");
    public static readonly LocalizedText TranscriptionNote = L("転記に関する注記", "Transcription note");

    public static LocalizedText StateLabel(ProjectState state) => state switch
    {
        ProjectState.Active => L("最新の計画に掲載", "In the latest plan"),
        ProjectState.Completed => L("完了・統合", "Completed or merged"),
        ProjectState.Succeeded => L("別の事業に引き継がれました", "Continued as another project"),
        _ => L("最新の計画には掲載されていません", "Not in the latest plan"),
    };

    public static LocalizedText EventLabel(LineageKind ev) => ev switch
    {
        LineageKind.Renamed => L("名称変更", "Renamed"),
        LineageKind.Merged => L("統合", "Merged"),
        LineageKind.Split => L("分割", "Split"),
        LineageKind.Moved => L("施策の移動", "Moved to another measure"),
        LineageKind.Completed => L("完了", "Completed"),
        LineageKind.DepartmentChanged => L("担当所属の変更", "Department changed"),
        _ => L("1つの年度のみ掲載", "Listed in one year only"),
    };

    public static LocalizedText ConfidenceLabel(Confidence confidence) => confidence switch
    {
        Confidence.High => L("確からしさ：高", "confidence: high"),
        Confidence.Medium => L("確からしさ：中", "confidence: medium"),
        Confidence.Low => L("確からしさ：低", "confidence: low"),
        _ => L("確からしさ：判断できず", "confidence: could not tell"),
    };

    public static readonly LocalizedText Evaluation = L("評価と意見", "Evaluation and opinions");
    public static readonly LocalizedText NoEntries = L("この年度の掲載はありません。", "No entries in this year.");
    public static readonly LocalizedText Baseline = L("策定時", "Baseline");
    public static readonly LocalizedText OfficialMark = L("進捗（市の評価）", "Progress (city's mark)");
    public static readonly LocalizedText MonitoringOnly = L("モニタリング指標", "Monitoring only");
    public static readonly LocalizedText NoTarget = L("目標なし", "No target");

    public static LocalizedText EntryCount(int n) => L($"{n} 件", n == 1 ? "1 entry" : $"{n} entries");

    public static LocalizedText AuthorLabel(Author author) => author == Author.Council
        ? L("協議会の意見", "The council's opinion")
        : L("市による評価", "The city's evaluation");

    public static LocalizedText MarkLabel(ProgressMark mark) => mark switch
    {
        ProgressMark.Approaching => L("近づいている", "Approaching the target"),
        ProgressMark.Receding => L("遠ざかっている", "Moving away"),
        ProgressMark.Flat => L("横ばい", "No change"),
        _ => L("評価不可", "Not evaluable"),
    };

    public static LocalizedText ValueStatusLabel(ValueStatus status) => status switch
    {
        ValueStatus.NotSurveyed => L("調査なし", "Not surveyed"),
        ValueStatus.NotEvaluable => L("評価不可", "Not evaluable"),
        ValueStatus.Discontinued => L("事業終了", "Discontinued"),
        _ => L("", ""),
    };

    public static readonly LocalizedText BrowseBy = L("分類から探す", "Browse by");
    public static readonly LocalizedText SdgsByGoal = L("SDGs のゴール別", "By SDG goal");
    public static readonly LocalizedText AllDepartments = L("担当所属の一覧", "All departments");
    public static readonly LocalizedText Filter = L("絞り込み", "Filter");
    public static readonly LocalizedText All = L("すべて", "All");
    public static readonly LocalizedText SearchInList = L("事業名で絞り込み", "Filter by name");
    public static readonly LocalizedText ShownOf = L("{1} 件中 {0} 件を表示", "Showing {0} of {1}");
    public static readonly LocalizedText Status = L("状況", "Status");

    public static LocalizedText ProjectIndexLead(int n) => L(
        $"この計画に掲載されたすべての事業（{n} 事業）です。名称が変わった事業も、ひとつの事業として最新の名称で示しています。",
        $"Every project published in this plan ({n} projects). A renamed project is one project, shown under its latest name.");

    public static readonly LocalizedText CountsIncludeRelistings = L("事業数は各年度の文書の掲載数です（再掲を含み、完了・統合の一覧は含みません）。", "Counts are entries in each year's document (re-listings included, the list of completed projects excluded).");
    public static readonly LocalizedText Report = L("実施報告", "Implementation report");
    public static readonly LocalizedText ImplementationPlan = L("実施計画", "Implementation plan");
    public static readonly LocalizedText FirstListed = L("この年度に初めて掲載された事業", "Listed for the first time");
    public static readonly LocalizedText NoLongerListed = L("前の年度にあり、この年度には掲載されていない事業", "Listed before but not in this year");
    public static readonly LocalizedText CompletedList = L("完了・統合として示された事業", "Listed as completed or merged");
    public static readonly LocalizedText NoneInList = L("ありません。", "None.");

    /// <summary>One edition in a line; <paramref name="rating"/> is the plan's name for its rating (達成度, 事業の評価 …).</summary>
    public static LocalizedText EditionSummary(int projects, int relistings, bool report, LocalizedText rating) => L(
        $"{projects} 事業" + (relistings > 0 ? $"（ほかに再掲 {relistings} 件）" : "") + (report ? $"。取組状況と{rating.Ja}を掲載。" : "。事業の計画を掲載。"),
        $"{projects} projects" + (relistings > 0 ? $" (and {relistings} re-listings)" : "") + (report ? $"; with results and {rating.En?.ToLowerInvariant() ?? rating.Ja}s." : "; plans only."));

    public static LocalizedText ChangesSince(string year) => L($"{year}からの変化", $"Changes since {year}");

    public static LocalizedText ByMeasure(LocalizedText measure) => L($"{measure.Ja}別の事業", $"Projects by {measure.En?.ToLowerInvariant()}");

    public static readonly LocalizedText SdgGoal = L("ゴール", "Goal");
    public static readonly LocalizedText SdgIndexLead = L(
        "各年度の文書で、SDGs のゴールごとに関連づけられた事業の数です（再掲を除く）。",
        "Projects linked to each SDG goal in each year's document (re-listings excluded).");
    public static readonly LocalizedText SdgIndexLostLead = L(
        "SDGs がアイコンで示され、テキストへの変換でアイコンが失われた事業は、ゴールが分からないため、その数を最後の行に示しています。",
        "Where a document showed SDGs as icons that were lost in conversion to text, the goals are unknown; the last row counts those projects.");
    public static readonly LocalizedText SdgUnknownRow = L("ゴール不明（アイコンが抽出できず）", "Goals unknown (icons lost in extraction)");
    public static readonly LocalizedText RenamedTo = L("名称変更・統合後", "Renamed or merged into");
    public static readonly LocalizedText IncludesFormerNames = L("旧名称の所属の事業も含みます", "Includes projects under former names");

    public static LocalizedText SdgLostCount(int n) => L(
        $"このほか {n} 事業は SDGs のアイコンが抽出できず、このゴールに関連するかどうか分かりません。",
        $"For {n} more projects the SDG icons were lost in extraction, so whether they relate to this goal is unknown.");

    public static readonly LocalizedText IndicatorIndexLead = L(
        "計画の成果を測る指標です。市が公表した進捗状況と、このサイトが計算した目標までの進み具合を並べて示します。",
        "Indicators measuring the plan's outcomes, with the city's published progress marks beside the progress this site computes.");
    public static readonly LocalizedText AsPrinted = L("表記", "printed");
    public static readonly LocalizedText ComputedProgress = L("目標までの進み具合（計算値）", "Way to the target (computed)");
    public static readonly LocalizedText OfTheWay = L("（策定時から目標までのうち）", "of the way from the baseline to the target");
    public static readonly LocalizedText NotComputable = L("計算できません（目標値または最新の値がありません）", "Cannot be computed (no target or no current value)");
    public static readonly LocalizedText CrossesBreak = L("策定時以降に算出方法が変わっているため、数値はそのまま比べられません。", "The method changed since the baseline, so the values are not directly comparable.");
    public static readonly LocalizedText ValuesByYear = L("年度別の値", "Values by year");
    public static readonly LocalizedText Unit = L("単位", "Unit");
    public static readonly LocalizedText MethodChange = L("算出方法の変更", "Method change");
    public static readonly LocalizedText TargetHistory = L("目標値とその改定", "Targets and revisions");
    public static readonly LocalizedText Current = L("（現行）", "(current)");
    public static readonly LocalizedText Superseded = L("（改定により置き換え）", "(superseded)");
    public static readonly LocalizedText CityComment = L("具体的な内容（市）", "The city's comment");
    public static readonly LocalizedText AboutIndicator = L("この指標について", "About this indicator");
    public static readonly LocalizedText BetterDirection = L("望ましい方向", "Better when");
    public static readonly LocalizedText Higher = L("増えるほどよい", "Higher");
    public static readonly LocalizedText Lower = L("減るほどよい", "Lower");
    public static readonly LocalizedText Cumulative = L("累計", "Cumulative");
    public static readonly LocalizedText CumulativeText = L("毎年度の累計値です。", "Values are running totals.");

    public static LocalizedText SetIn(string year) => L($"{year}の文書で設定", $"set in the {year} document");

    public static LocalizedText MarksDisagree(LocalizedText computed) => L(
        $"値から計算すると「{computed.Ja}」で、市の評価と異なります。",
        $"Computed from the values, the mark would be \"{computed.En}\", which differs from the city's.");

    public static readonly LocalizedText DataNotesLead = L(
        "このサイトのデータは市の公表資料から転記しています。市が公表した集計を、転記した行から計算し直して比べた結果、判断に迷った事業の変遷、欠けている値をここに示します。市の数値は直さず、公表どおりに残しています。",
        "This site's data is transcribed from the city's documents. This page shows the city's published summaries recomputed from the transcribed rows, the lineage decisions we were unsure of, and the missing values. The city's figures are kept as published, never corrected.");
    public static readonly LocalizedText Reconciliation = L("市の集計との照合", "Reconciliation with the city's summaries");
    public static readonly LocalizedText SummaryTable = L("集計表", "Summary table");
    public static readonly LocalizedText Cell = L("項目", "Cell");
    public static readonly LocalizedText Published = L("公表値", "Published");
    public static readonly LocalizedText ComputedFromRows = L("行からの計算値", "Computed from rows");
    public static readonly LocalizedText Explanation = L("説明", "Explanation");
    public static readonly LocalizedText Total = L("計", "Total");
    public static readonly LocalizedText UncertainLineage = L("確からしさが低い・判断できない変遷", "Lineage decisions of low or unknown confidence");
    public static readonly LocalizedText MissingValues = L("欠けている値", "Missing values");

    public static LocalizedText ReconciliationSummary(int all, int match, int mismatch, int notComputable) => L(
        $"公表された集計 {all} 項目のうち、{match} 項目が一致し、{mismatch} 項目が一致せず、{notComputable} 項目は計算できませんでした。一致しない項目と計算できない項目を示します。",
        $"Of {all} published summary cells, {match} match, {mismatch} differ and {notComputable} cannot be computed. The cells that differ or cannot be computed are listed below.");

    /// <summary>A summary table's name in the plan's own words (its rating and indicator levels come from plan.yaml).</summary>
    public static LocalizedText SummaryTableLabel(Model.SummaryTable table, PlanConfig config) => table switch
    {
        Model.SummaryTable.Achievement => config.Rating.Name,
        Model.SummaryTable.IndicatorProgress => L($"{config.IndicatorLevels.BasicPlural.Ja}の進捗状況", $"Progress of {config.IndicatorLevels.BasicPlural.En?.ToLowerInvariant()}"),
        Model.SummaryTable.SdgGoals => L("SDGs の取り組み数", "SDG counts"),
        Model.SummaryTable.ProjectCounts => L("事業数", "Project counts"),
        Model.SummaryTable.CategoryCounts => L("区分別の事業数", "Counts by category"),
        Model.SummaryTable.ExpandedList => L("拡充事業の一覧", "List of expanded projects"),
        _ => L("評価の集計", "Evaluation counts"),
    };

    public static readonly LocalizedText OpenDataLead = L(
        "このサイトのすべての表を CSV（UTF-8）でダウンロードできます。",
        "Every table behind this site can be downloaded as CSV (UTF-8).");
    public static readonly LocalizedText Table = L("表", "Table");
    public static readonly LocalizedText Description = L("内容", "Description");
    public static readonly LocalizedText Download = L("ダウンロード", "Download");

    public static LocalizedText YearLabel(int year) => L($"{year}年度", $"FY{year}");
}
