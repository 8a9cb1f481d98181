using Kyodo.Localization;
using Kyodo.Model;

namespace Kyodo.Rendering;

/// <summary>
/// The site's menus. A section appears only when the build publishes it for this plan, so a plan without
/// indicators has no Indicators entry and no link ever points at a page that does not exist.
/// </summary>
public static class SiteNavigation
{
    public const string Measures = "measures";
    public const string Projects = "projects";
    public const string Indicators = "indicators";
    public const string Years = "years";
    public const string Sdgs = "sdgs";
    public const string Departments = "departments";
    public const string OpenData = "data";
    public const string Search = "search";
    public const string DataNotes = "data-notes";

    /// <summary>The Atom change feed (linked from every page's head and footer, not a menu item).</summary>
    public const string Feed = "feed";

    /// <summary>The feed's file, per language ("feed.atom", "en/feed.atom").</summary>
    public const string FeedFile = "feed.atom";

    public static IReadOnlyList<(LocalizedText Label, string Path)> Main(PageContext ctx)
    {
        var plan = ctx.Plan ?? ctx.Site.PrimaryPlan;
        var prefix = ctx.Site.PrefixOf(plan);
        var items = new List<(LocalizedText, string)> { (Ui.Home, prefix) };
        void Add(string section, LocalizedText label, string path)
        {
            if (Publishes(ctx.Sections, plan, section)) items.Add((label, path));
        }
        Add(Measures, plan.Config.Hierarchy.Measures, prefix + "measures/");
        Add(Projects, Ui.ProjectIndex, prefix + "projects/");
        Add(Indicators, Ui.Indicators, prefix + "indicators/");
        Add(Years, Ui.Years, prefix + "years/");
        Add(Sdgs, Ui.Sdgs, prefix + "sdgs/");
        Add(OpenData, Ui.OpenData, "data/");
        Add(Search, Ui.Search, "search/");
        return items;
    }

    /// <summary>
    /// True when the build publishes <paramref name="section"/> for the page's plan: its pipeline is registered
    /// and the plan has the data the section shows (indicators, SDGs). The pipelines use the same test.
    /// </summary>
    public static bool Publishes(PageContext ctx, string section) => Publishes(ctx.Sections, ctx.Plan ?? ctx.Site.PrimaryPlan, section);

    public static bool Publishes(IReadOnlySet<string> sections, Plan plan, string section) =>
        sections.Contains(section) && HasDataFor(plan, section);

    /// <summary>Whether <paramref name="plan"/> has anything for a data-driven section to show.</summary>
    public static bool HasDataFor(Plan plan, string section) => section switch
    {
        Indicators => plan.Indicators.Count > 0,
        Sdgs => plan.HasSdgData,
        _ => true,
    };

    public static IReadOnlyList<(LocalizedText Label, string Path)> Footer(PageContext ctx)
    {
        var plan = ctx.Plan ?? ctx.Site.PrimaryPlan;
        var prefix = ctx.Site.PrefixOf(plan);
        var items = new List<(LocalizedText, string)>();
        foreach (var page in ctx.Site.Content.Where(c => c.Language == ctx.Language).OrderBy(c => c.Order).ThenBy(c => c.Slug, StringComparer.Ordinal))
        {
            items.Add((LocalizedText.Both(page.Title), page.Slug + "/"));
        }
        if (ctx.Sections.Contains(Departments)) items.Add((Ui.Departments, prefix + "departments/"));
        if (ctx.Sections.Contains(DataNotes)) items.Add((Ui.DataNotesTitle, prefix + "data-notes/"));
        if (ctx.Sections.Contains(Feed)) items.Add((Ui.FeedLink, FeedFile));
        return items;
    }
}
