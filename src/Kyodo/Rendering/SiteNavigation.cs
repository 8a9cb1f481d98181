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
            if (ctx.Sections.Contains(section) && (section != Indicators || plan.Indicators.Count > 0)) items.Add((label, path));
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
