using Kyodo.Localization;

namespace Kyodo.Rendering;

/// <summary>
/// What the search index records about a page besides its text: its type (shown beside each result) and
/// the values it can be filtered by. Pagefind reads them from data-pagefind-filter and data-pagefind-meta.
/// </summary>
public static class SearchMetadata
{
    public const string Kind = "kind";
    public const string Measure = "measure";
    public const string Year = "year";
    public const string Sdg = "sdg";

    /// <summary>The types of page a search can be narrowed to, in menu order.</summary>
    public static readonly IReadOnlyList<string> FilterableKinds = ["project", "indicator", "measure", "year", "sdg", "department", "content"];

    /// <summary>
    /// The filter values of a page, sorted. A measure is named by the plan's URL prefix and its ID ("3" for
    /// the first plan, "&lt;plan id&gt;/3" for another), so measures of two plans never share a value.
    /// </summary>
    public static IReadOnlyList<(string Name, string Value)> Filters(PageContext ctx) =>
        ctx.SearchFilters
            .Select(f => f.Name == Measure ? (f.Name, MeasureValue(ctx.PlanPrefix, f.Value)) : f)
            .Append((Kind, ctx.Kind))
            .Where(f => IsSafe(f.Item1) && IsSafe(f.Item2))
            .Distinct()
            .OrderBy(f => f.Item1, StringComparer.Ordinal)
            .ThenBy(f => f.Item2, StringComparer.Ordinal)
            .ToList();

    public static string MeasureValue(string planPrefix, string measureId) => planPrefix + measureId;

    /// <summary>The page type in the page's language ("事業", "Indicator").</summary>
    public static string TypeLabel(PageContext ctx) =>
        Ui.PageKind(ctx.Kind, (ctx.Plan ?? ctx.Site.PrimaryPlan).Config.Hierarchy).In(ctx.Language);

    /// <summary>Pagefind's "name:value" attribute syntax splits on commas and the first colon.</summary>
    private static bool IsSafe(string text) => text.Length > 0 && !text.Contains(',', StringComparison.Ordinal);
}
