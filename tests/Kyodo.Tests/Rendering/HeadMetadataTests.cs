using AngleSharp.Html.Parser;
using Kyodo.Routing;
using Kyodo.Tests.Testing;

namespace Kyodo.Tests.Rendering;

/// <summary>
/// Every page's head as a GitHub Pages project site gets it (the workflow passes --base-path and --site-url
/// from actions/configure-pages): canonical URL, social previews, feed, icons.
/// </summary>
public sealed class HeadMetadataTests : IClassFixture<HeadMetadataTests.PagesBuild>
{
    private const string SiteUrl = "https://city-hall.github.io/plan";
    private static readonly HtmlParser Parser = new();
    private readonly SiteBuild _site;

    public HeadMetadataTests(PagesBuild build) => _site = build.Site;

    /// <summary>The shipped data built as the Pages workflow builds it for a repository named "plan".</summary>
    public sealed class PagesBuild : IDisposable
    {
        public SiteBuild Site { get; } = new("/plan/", siteUrl: SiteUrl);

        public void Dispose() => Site.Dispose();
    }

    [Fact]
    public void EveryPage_HasItsCanonicalUrlFromTheConfiguredSiteUrl()
    {
        Assert.True(_site.Result.Success);
        var problems = new List<string>();
        foreach (var file in _site.Files("*.html"))
        {
            var doc = Parser.ParseDocument(_site.Read(file));
            var canonical = doc.QuerySelector("link[rel=canonical]")?.GetAttribute("href");
            var expected = SiteUrl + "/" + (file.EndsWith("index.html", StringComparison.Ordinal) ? file[..^"index.html".Length] : file);
            if (canonical != expected) problems.Add($"{file}: canonical {canonical ?? "missing"}, expected {expected}");
            if (doc.QuerySelector("meta[property='og:url']")?.GetAttribute("content") != expected) problems.Add($"{file}: og:url differs from the canonical URL");
        }
        Assert.Empty(problems);
    }

    [Fact]
    public void EveryPage_HasOpenGraphAndTwitterCardWithTitleDescriptionAndImage()
    {
        var problems = new List<string>();
        foreach (var file in _site.Files("*.html"))
        {
            var doc = Parser.ParseDocument(_site.Read(file));
            string? Meta(string selector) => doc.QuerySelector(selector)?.GetAttribute("content");
            foreach (var property in new[] { "og:title", "og:description", "og:site_name", "og:locale", "og:image:alt" })
            {
                if (string.IsNullOrWhiteSpace(Meta($"meta[property='{property}']"))) problems.Add($"{file}: no {property}");
            }
            foreach (var name in new[] { "twitter:title", "twitter:description" })
            {
                if (string.IsNullOrWhiteSpace(Meta($"meta[name='{name}']"))) problems.Add($"{file}: no {name}");
            }
            if (Meta("meta[name='twitter:card']") != "summary_large_image") problems.Add($"{file}: twitter:card");
            // A shared page kind (home, project, indicator, measure, year) has its own card beside it; the other pages
            // show their plan's home card.
            var image = Meta("meta[property='og:image']") ?? "";
            var kind = doc.DocumentElement.GetAttribute("data-kind") ?? "";
            var folder = file.EndsWith("index.html", StringComparison.Ordinal) ? file[..^"index.html".Length] : file;
            var english = file.StartsWith("en/", StringComparison.Ordinal);
            var plan = (english ? "en/" : "") +
                ((english ? folder[3..] : folder).StartsWith("nasushiobara/", StringComparison.Ordinal) ? "nasushiobara/" : "");
            var card = (Kyodo.Rendering.SocialCards.HasOwnCard(kind) ? folder : plan) + "social-card.png";
            if (image != SiteUrl + "/" + card) problems.Add($"{file}: og:image {image}, expected {card}");
            if (!_site.Exists(card)) problems.Add($"{file}: {card} does not exist");
            if (Meta("meta[name='twitter:image']") != image) problems.Add($"{file}: twitter:image differs from og:image");
            var title = Meta("meta[property='og:title']") ?? "";
            if (Meta("meta[name='twitter:title']") != title || !doc.Title!.StartsWith(title, StringComparison.Ordinal)) problems.Add($"{file}: preview title \"{title}\" is not the page title \"{doc.Title}\"");
        }
        Assert.Empty(problems);
    }

    [Fact]
    public void EveryPage_LinksIconsThatExist()
    {
        foreach (var file in _site.Files("*.html"))
        {
            var doc = Parser.ParseDocument(_site.Read(file));
            Assert.Equal("/plan/assets/favicon.svg", doc.QuerySelector("link[rel=icon]")?.GetAttribute("href"));
            Assert.Equal("/plan/assets/touch-icon.png", doc.QuerySelector("link[rel=apple-touch-icon]")?.GetAttribute("href"));
        }
        Assert.True(_site.Exists("assets/favicon.svg"));
        Assert.True(_site.Exists("assets/touch-icon.png"));
    }

    [Fact]
    public void SearchPage_AloneAllowsWebAssembly()
    {
        string Csp(string file) => Parser.ParseDocument(_site.Read(file)).QuerySelector("meta[http-equiv='Content-Security-Policy']")!.GetAttribute("content")!;

        Assert.Contains("'wasm-unsafe-eval'", Csp("search/index.html"));
        Assert.Contains("'wasm-unsafe-eval'", Csp("en/search/index.html"));
        Assert.DoesNotContain("wasm", Csp("index.html"));
        Assert.DoesNotContain("'unsafe-inline'", Csp("search/index.html"));
    }

    [Fact]
    public void Robots_AndSitemap_UseTheConfiguredSiteUrl()
    {
        Assert.Contains($"Sitemap: {SiteUrl}/sitemap.xml", _site.Read("robots.txt"));
        Assert.Contains($"<loc>{SiteUrl}/projects/p039/</loc>", _site.Read("sitemap.xml"));
        Assert.Contains($"<id>{SiteUrl}/years/2025/</id>", _site.Read("feed.atom"));
    }

    [Fact]
    public void BuildOptions_SiteUrl_OverridesSiteYaml()
    {
        Assert.Equal(SiteUrl, new UrlBuilder("/plan/", SiteUrl + "/").SiteUrl);
        Assert.DoesNotContain("kyodo-project.github.io", _site.Read("index.html"));
    }
}
