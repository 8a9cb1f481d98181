using Kyodo.Model;
using Kyodo.Routing;

namespace Kyodo.Rendering;

/// <summary>A step of the breadcrumb trail: its label and the page path it links to.</summary>
public sealed record Crumb(string Label, string Path);

/// <summary>
/// What the layout needs to know about the page being rendered: where it is, in which language, its
/// title and trail, and the site around it. The page key is (Language, Path).
/// </summary>
public sealed record PageContext
{
    public required Site Site { get; init; }
    public Plan? Plan { get; init; }
    public required Language Language { get; init; }

    /// <summary>Page path without the language prefix ("projects/p001/").</summary>
    public required string Path { get; init; }

    public required string Title { get; init; }
    public string Description { get; init; } = "";

    /// <summary>The kind of page (home, project, measure …) for search filters and styling.</summary>
    public required string Kind { get; init; }

    public IReadOnlyList<Crumb> Breadcrumbs { get; init; } = [];
    public required UrlBuilder Urls { get; init; }

    /// <summary>Scripts this page needs, as site paths (only pages with charts load the chart bundle).</summary>
    public IReadOnlyList<string> Scripts { get; init; } = [];

    /// <summary>Extra values for search filters (measure, year, SDG goal), written as data-pagefind-filter.</summary>
    public IReadOnlyList<(string Name, string Value)> SearchFilters { get; init; } = [];

    /// <summary>False for pages that must not be indexed by search (404, redirects).</summary>
    public bool Searchable { get; init; } = true;

    /// <summary>True where a script runs WebAssembly (Pagefind on the search page): the CSP then allows 'wasm-unsafe-eval'.</summary>
    public bool UsesWebAssembly { get; init; }

    /// <summary>Sections this build publishes (see <see cref="SiteNavigation"/>).</summary>
    public IReadOnlySet<Section> Sections { get; init; } = new HashSet<Section>();

    public string Lang => Language.Tag();

    public string Href(string path) => Urls.Page(Language, path);

    public string HrefIn(Language language, string path) => Urls.Page(language, path);

    public string Asset(string path) => Urls.Asset(path);

    public string T(LocalizedText text) => text.In(Language);

    /// <summary>The plan's URL prefix ("" for the first plan).</summary>
    public string PlanPrefix => Plan is null ? "" : Site.PrefixOf(Plan);
}
