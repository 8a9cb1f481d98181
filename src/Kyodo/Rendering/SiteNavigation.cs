using Kyodo.Localization;
using Kyodo.Model;
using Kyodo.Routing;

namespace Kyodo.Rendering;

/// <summary>
/// The site's menus. A section appears only when the build publishes it for this plan, so a plan without
/// indicators has no Indicators entry and no link ever points at a page that does not exist.
/// </summary>
public static class SiteNavigation
{
    public static IReadOnlyList<(LocalizedText Label, string Path)> Main(PageContext ctx)
    {
        var plan = ctx.Plan ?? ctx.Site.PrimaryPlan;
        var prefix = ctx.Site.PrefixOf(plan);
        var items = new List<(LocalizedText, string)> { (Ui.Home, prefix) };
        void Add(Section section, LocalizedText label)
        {
            if (Publishes(ctx.Sections, plan, section)) items.Add((label, Routes.Index(prefix, section)));
        }
        Add(Section.Measures, plan.Config.Hierarchy.Measures);
        Add(Section.Projects, Ui.ProjectIndex);
        Add(Section.Indicators, Ui.Indicators);
        Add(Section.Years, Ui.Years);
        Add(Section.Sdgs, Ui.Sdgs);
        Add(Section.OpenData, Ui.OpenData);
        Add(Section.Search, Ui.Search);
        return items;
    }

    /// <summary>
    /// True when the build publishes <paramref name="section"/> for the page's plan: its pipeline is registered
    /// and the plan has the data the section shows (indicators, SDGs). The pipelines use the same test.
    /// </summary>
    public static bool Publishes(PageContext ctx, Section section) =>
        Publishes(ctx.Sections, ctx.Plan ?? ctx.Site.PrimaryPlan, section);

    public static bool Publishes(IReadOnlySet<Section> sections, Plan plan, Section section) =>
        sections.Contains(section) && Routes.HasData(plan, section);

    public static IReadOnlyList<(LocalizedText Label, string Path)> Footer(PageContext ctx)
    {
        var plan = ctx.Plan ?? ctx.Site.PrimaryPlan;
        var prefix = ctx.Site.PrefixOf(plan);
        var items = new List<(LocalizedText, string)>();
        foreach (var page in ctx.Site.Content.Where(c => c.Language == ctx.Language).OrderBy(c => c.Order).ThenBy(c => c.Slug, StringComparer.Ordinal))
        {
            items.Add((LocalizedText.Both(page.Title), Routes.Content(page.Slug)));
        }
        if (ctx.Sections.Contains(Section.Departments)) items.Add((Ui.Departments, Routes.Index(prefix, Section.Departments)));
        if (ctx.Sections.Contains(Section.DataNotes)) items.Add((Ui.DataNotesTitle, Routes.Index(prefix, Section.DataNotes)));
        if (ctx.Sections.Contains(Section.Feed)) items.Add((Ui.FeedLink, Routes.Index(prefix, Section.Feed)));
        return items;
    }
}
