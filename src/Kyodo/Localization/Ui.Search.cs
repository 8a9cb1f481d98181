using Kyodo.Model;

namespace Kyodo.Localization;

/// <summary>Texts of the search page and of the page types shown in search results.</summary>
public static partial class Ui
{
    public static readonly LocalizedText SearchLead = L(
        "事業・指標・基本施策などのページを、キーワードで探せます。",
        "Search the pages of projects, indicators, measures and more by keyword.");
    public static readonly LocalizedText SearchNeedsJavaScript = L(
        "検索には JavaScript が必要です。JavaScript が使えない場合は、事業一覧から探してください。",
        "Search needs JavaScript. Without it, you can find projects in the list of all projects.");
    public static readonly LocalizedText SearchKeywords = L("キーワード", "Keywords");
    public static readonly LocalizedText SearchButton = L("検索", "Search");
    public static readonly LocalizedText SearchPageType = L("ページの種類", "Type of page");
    public static readonly LocalizedText SearchSearching = L("検索しています…", "Searching…");
    public static readonly LocalizedText SearchResultCount = L("{0} 件見つかりました。", "{0} results.");
    public static readonly LocalizedText SearchNoResults = L(
        "見つかりませんでした。別の言葉で探すか、絞り込みを外してください。",
        "Nothing found. Try other words or remove a filter.");
    public static readonly LocalizedText SearchEnterKeywords = L("キーワードを入力してください。", "Enter keywords to search.");
    public static readonly LocalizedText SearchUnavailable = L(
        "検索の索引を読み込めませんでした。事業一覧から探してください。",
        "The search index could not be loaded. You can find projects in the list of all projects.");
    public static readonly LocalizedText SearchMore = L("さらに表示", "Show more");
    public static readonly LocalizedText OtherPage = L("ページ", "Page");
    public static readonly LocalizedText ContentPage = L("案内", "Guide");
    public static readonly LocalizedText SdgGoalPage = L("SDGs ゴール", "SDG goal");

    /// <summary>The name of a type of page, shown beside each search result.</summary>
    public static LocalizedText PageKind(string kind, HierarchyLabels hierarchy) => kind switch
    {
        "home" => Home,
        "project" => Project,
        "projects" => ProjectIndex,
        "indicator" => Indicator,
        "indicators" => Indicators,
        "measure" => hierarchy.Measure,
        "measures" => hierarchy.Measures,
        "year" => FiscalYear,
        "years" => Years,
        "sdg" => SdgGoalPage,
        "sdgs" => Sdgs,
        "department" => Department,
        "departments" => Departments,
        "data" => OpenData,
        "data-notes" => DataNotesTitle,
        "content" => ContentPage,
        "search" => Search,
        _ => OtherPage,
    };
}
