using System.Globalization;
using Kyodo.Model;

namespace Kyodo.Routing;

/// <summary>The sections of a site that the menus link to; each is published by one pipeline.</summary>
public enum Section
{
    Measures,
    Projects,
    Indicators,
    Years,
    Sdgs,
    Departments,
    OpenData,
    Search,
    DataNotes,
    Feed,
}

/// <summary>
/// The route table: where every kind of page lives, declared once. A path is relative to the site root and
/// without the language prefix ("projects/p001/"); <see cref="UrlBuilder"/> adds the base path and "en/".
/// A plan's prefix is "" for the first plan and "&lt;plan id&gt;/" for the others (<see cref="Site.PrefixOf"/>).
/// Council documents link to these paths, so a change here breaks published links: the published-URL check
/// (data/published-urls.txt) fails the build when a listed page would disappear.
/// </summary>
public static class Routes
{
    private sealed record Route(string Folder, bool PerPlan, Func<Plan, bool> HasData);

    private static readonly Dictionary<Section, Route> Table = new()
    {
        [Section.Measures] = new("measures/", true, _ => true),
        [Section.Projects] = new("projects/", true, _ => true),
        [Section.Indicators] = new("indicators/", true, p => p.Indicators.Count > 0),
        [Section.Years] = new("years/", true, _ => true),
        [Section.Sdgs] = new("sdgs/", true, p => p.HasSdgData),
        [Section.Departments] = new("departments/", true, _ => true),
        [Section.DataNotes] = new("data-notes/", true, _ => true),
        // Downloads, search and the feed are one for the whole site.
        [Section.OpenData] = new("data/", false, _ => true),
        [Section.Search] = new("search/", false, _ => true),
        [Section.Feed] = new("feed.atom", false, _ => true),
    };

    /// <summary>The page that lists a section ("projects/", "&lt;plan id&gt;/years/", "data/").</summary>
    public static string Index(string planPrefix, Section section)
    {
        var route = Table[section];
        return route.PerPlan ? planPrefix + route.Folder : route.Folder;
    }

    /// <summary>Whether <paramref name="plan"/> has anything for <paramref name="section"/> to show.</summary>
    public static bool HasData(Plan plan, Section section) => Table[section].HasData(plan);

    /// <summary>A plan's home page ("" for the first plan, "&lt;plan id&gt;/" for the others).</summary>
    public static string Home(string planPrefix) => planPrefix;

    /// <summary>A project's page. Its URL never changes: renames and merges are lineage events in the data.</summary>
    public static string Project(string planPrefix, string id) => Item(planPrefix, Section.Projects, id);

    public static string Measure(string planPrefix, string id) => Item(planPrefix, Section.Measures, id);

    public static string Indicator(string planPrefix, string id) => Item(planPrefix, Section.Indicators, id);

    public static string Department(string planPrefix, string id) => Item(planPrefix, Section.Departments, id);

    public static string Year(string planPrefix, int year) =>
        Item(planPrefix, Section.Years, year.ToString(CultureInfo.InvariantCulture));

    public static string Sdg(string planPrefix, int goal) =>
        Item(planPrefix, Section.Sdgs, goal.ToString(CultureInfo.InvariantCulture));

    /// <summary>The preview card beside a page ("projects/p001/social-card.png"), shown when the page is shared.</summary>
    public static string SocialCard(string pagePath) => pagePath + "social-card.png";

    /// <summary>The icon a phone shows for a page saved to its home screen.</summary>
    public const string TouchIcon = "assets/touch-icon.png";

    /// <summary>A Markdown content page of input/ ("about/"); content pages are shared by all plans.</summary>
    public static string Content(string slug) => slug + "/";

    /// <summary>The data file published beside an entity's page ("projects/p001" + ".json").</summary>
    public static string Twin(string planPrefix, Section section, string id) => Index(planPrefix, section) + id;

    private static string Item(string planPrefix, Section section, string id) => Index(planPrefix, section) + id + "/";
}
