using Kyodo.Model;

namespace Kyodo.Localization;

/// <summary>The site's own interface texts in both languages. Data texts come from the data, not from here.</summary>
public static class Ui
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

    public static LocalizedText StateLabel(Kyodo.Processing.ProjectState state) => state switch
    {
        Kyodo.Processing.ProjectState.Active => L("最新の計画に掲載", "In the latest plan"),
        Kyodo.Processing.ProjectState.Completed => L("完了・統合", "Completed or merged"),
        Kyodo.Processing.ProjectState.Succeeded => L("別の事業に引き継がれました", "Continued as another project"),
        _ => L("最新の計画には掲載されていません", "Not in the latest plan"),
    };

    public static LocalizedText EventLabel(string ev) => ev switch
    {
        "renamed" => L("名称変更", "Renamed"),
        "merged" => L("統合", "Merged"),
        "split" => L("分割", "Split"),
        "moved" => L("施策の移動", "Moved to another measure"),
        "completed" => L("完了", "Completed"),
        "department-changed" => L("担当所属の変更", "Department changed"),
        "appears-once" => L("1つの年度のみ掲載", "Listed in one year only"),
        _ => L(ev, ev),
    };

    public static LocalizedText ConfidenceLabel(string confidence) => confidence switch
    {
        "high" => L("確からしさ：高", "confidence: high"),
        "medium" => L("確からしさ：中", "confidence: medium"),
        "low" => L("確からしさ：低", "confidence: low"),
        _ => L("確からしさ：判断できず", "confidence: could not tell"),
    };

    public static readonly LocalizedText Evaluation = L("評価と意見", "Evaluation and opinions");
    public static readonly LocalizedText NoEntries = L("この年度の掲載はありません。", "No entries in this year.");
    public static readonly LocalizedText Baseline = L("策定時", "Baseline");
    public static readonly LocalizedText OfficialMark = L("進捗（市の評価）", "Progress (city's mark)");
    public static readonly LocalizedText MonitoringOnly = L("モニタリング指標", "Monitoring only");
    public static readonly LocalizedText NoTarget = L("目標なし", "No target");

    public static LocalizedText EntryCount(int n) => L($"{n} 件", n == 1 ? "1 entry" : $"{n} entries");

    public static LocalizedText AuthorLabel(string author) => author == "council"
        ? L("協議会の意見", "The council's opinion")
        : L("市による評価", "The city's evaluation");

    public static LocalizedText MarkLabel(string mark) => mark switch
    {
        "approaching" => L("近づいている", "Approaching the target"),
        "receding" => L("遠ざかっている", "Moving away"),
        "flat" => L("横ばい", "No change"),
        _ => L("評価不可", "Not evaluable"),
    };

    public static LocalizedText ValueStatusLabel(ValueStatus status) => status switch
    {
        ValueStatus.NotSurveyed => L("調査なし", "Not surveyed"),
        ValueStatus.NotEvaluable => L("評価不可", "Not evaluable"),
        ValueStatus.Discontinued => L("事業終了", "Discontinued"),
        _ => L("", ""),
    };

    public static LocalizedText YearLabel(int year) => L($"{year}年度", $"FY{year}");
}
