using Kyodo.Model;

namespace Kyodo.Localization;

/// <summary>Texts of the accessibility audit results (the accessibility policy page).</summary>
public static partial class Ui
{
    public static readonly LocalizedText AuditResultsTitle = L("このサイトの試験結果", "Test results of this build");
    public static readonly LocalizedText AuditNotRun = L(
        "この版のサイトは、自動試験を実行せずに作成されました。このため、ここに示す試験結果はありません。（試験は、サイトの作成時に build --audit を指定すると実行され、結果がこのページに掲載されます。）",
        "This build of the site was made without running the automated tests, so there are no results to show here. (The tests run when the site is built with build --audit, and their results are published on this page.)");
    public static readonly LocalizedText AuditSummaryCaption = L("試験の概要", "Summary");
    public static readonly LocalizedText AuditCheck = L("試験", "Check");
    public static readonly LocalizedText AuditResult = L("結果", "Result");
    public static readonly LocalizedText AuditPagesTested = L("試験したページ", "Pages tested");
    public static readonly LocalizedText AuditAxeCheck = L(
        "axe-core による WCAG 2.0・2.1・2.2 のレベル A・AA の規則",
        "axe-core rules for WCAG 2.0, 2.1 and 2.2, levels A and AA");
    public static readonly LocalizedText AuditKeyboardCheck = L(
        "キーボード（Tab キー）だけで言語の切り替えとメインメニューのすべてのリンクに移動でき、フォーカスが見える",
        "The Tab key alone reaches the language switch and every link of the main menu, with a visible focus");
    public static readonly LocalizedText AuditTools = L("使用したツール", "Tools");
    public static readonly LocalizedText AuditByRule = L("規則ごとの結果", "Results by rule");
    public static readonly LocalizedText AuditRule = L("規則", "Rule");
    public static readonly LocalizedText AuditRuleApplied = L("対象があったページ", "Pages it applied to");
    public static readonly LocalizedText AuditViolations = L("違反", "Violations");
    public static readonly LocalizedText AuditNotApplicable = L(
        "次の規則は、対象となる要素がどのページにもなかったため、結果がありません：",
        "These rules found nothing to check on any page: ");
    public static readonly LocalizedText AuditNeedsReview = L("人による確認が必要な項目", "Left for a person to check");
    public static readonly LocalizedText AuditNeedsReviewLead = L(
        "axe-core が自動では判定できず、人による確認が必要とした項目です。違反ではありません。",
        "axe-core could not decide these automatically and leaves them for a person to check; they are not violations.");
    public static readonly LocalizedText AuditLimits = L(
        "自動試験で確認できるのは、JIS X 8341-3:2016 の達成基準の一部です。代替テキストや見出しの内容が適切かどうかなど、自動では確認できない達成基準は、この結果に含まれません。",
        "Automated tests cover only part of the success criteria of JIS X 8341-3:2016. Criteria they cannot check, such as whether text alternatives and headings are meaningful, are not part of these results.");

    public static LocalizedText AuditVerdict(int pages, int violations) => violations == 0
        ? L($"このサイトの {pages} ページすべてで、自動試験の違反は 0 件でした。", $"The automated tests found no violations on any of the {pages} pages of this build.")
        : L($"このサイトの {pages} ページの自動試験で、違反が {violations} 件ありました。", $"The automated tests found {violations} violations on the {pages} pages of this build.");

    public static LocalizedText AuditPagesByLanguage(int all, int ja, int en) =>
        L($"{all} ページ（日本語 {ja}、英語 {en}）", $"{all} pages ({ja} in Japanese, {en} in English)");

    public static LocalizedText AuditAxeResult(int violations, int rules, int applied) =>
        L($"違反 {violations} 件（{rules} 規則を実行し、そのうち {applied} 規則が対象の要素を見つけて検査）",
          $"{violations} violations ({rules} rules run, {applied} of which found elements to check)");

    public static LocalizedText AuditNarrowCheck(int width) => L(
        $"画面の幅が {width} ピクセルでも横スクロールが出ない（表は表の中でスクロール）",
        $"No horizontal scrolling at {width} pixels wide (wide tables scroll within themselves)");

    public static LocalizedText AuditPagesPassed(int passed, int all) =>
        L($"{all} ページ中 {passed} ページで合格", $"{passed} of {all} pages passed");

    public static LocalizedText AuditKeyboardResult(int passed, int all) => L(
        $"{all} ページ中 {passed} ページで合格（ページの種類・言語・メニューの組み合わせごとに 1 ページ。同じ組み合わせのページは同じ見出し部分を持ちます）",
        $"{passed} of {all} pages passed (one page for each kind of page, language and menu; pages that share all three share the same header)");

    public static LocalizedText AuditToolsText(string axe, string browser) => L(
        $"axe-core {axe}、Chromium {browser}（ヘッドレス、Playwright で操作）",
        $"axe-core {axe}, Chromium {browser} (headless, driven by Playwright)");

    public static LocalizedText AuditReviewPages(int pages) => L($"{pages} ページ", pages == 1 ? "1 page" : $"{pages} pages");
}
