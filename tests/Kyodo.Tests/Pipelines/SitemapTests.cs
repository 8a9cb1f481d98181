using System.Xml.Linq;
using Kyodo.Tests.Testing;

namespace Kyodo.Tests.Pipelines;

[Collection(BuiltSitesGroup.Name)]
public sealed class SitemapTests(BuiltSites sites)
{
    private static readonly XNamespace Sm = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private static readonly XNamespace Xhtml = "http://www.w3.org/1999/xhtml";

    /// <summary>The site URL of data/site.yaml; every build of these tests uses it.</summary>
    private const string SiteUrl = "https://kyodo-project.github.io/kyodo/";

    public static TheoryData<string> BasePaths => new() { "/", "/kyodo/" };

    private SiteBuild Site(string basePath) => basePath == "/" ? sites.Root : sites.SubPath;

    [Theory]
    [MemberData(nameof(BasePaths))]
    public void Sitemap_ListsEveryHtmlPageButTheNotFoundPage_AndNothingElse(string basePath)
    {
        var site = Site(basePath);
        var doc = XDocument.Parse(site.Read("sitemap.xml"));

        var listed = doc.Root!.Elements(Sm + "url").Select(u => LocalFile(u.Element(Sm + "loc")!.Value)).ToList();
        var pages = site.Files("*.html").Where(f => f != "404.html" && f != "en/404.html").ToList();

        Assert.Equal(listed.Count, listed.Distinct().Count());
        Assert.Equal(pages, listed.Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(BasePaths))]
    public void Sitemap_LanguageAlternates_PointToExistingTwins(string basePath)
    {
        var site = Site(basePath);
        var doc = XDocument.Parse(site.Read("sitemap.xml"));
        var urls = doc.Root!.Elements(Sm + "url").ToList();

        foreach (var url in urls)
        {
            var loc = url.Element(Sm + "loc")!.Value;
            var alternates = url.Elements(Xhtml + "link").ToDictionary(l => l.Attribute("hreflang")!.Value, l => l.Attribute("href")!.Value);
            Assert.Equal(["en", "ja", "x-default"], alternates.Keys.Order(StringComparer.Ordinal));
            Assert.Contains(loc, alternates.Values);
            Assert.All(alternates.Values, href => Assert.True(site.Exists(LocalFile(href)), $"{loc}: alternate {href} does not exist"));
        }
        var project = urls.Single(u => u.Element(Sm + "loc")!.Value == SiteUrl + "projects/p039/");
        Assert.Equal(SiteUrl + "en/projects/p039/", project.Elements(Xhtml + "link").Single(l => l.Attribute("hreflang")!.Value == "en").Attribute("href")!.Value);
    }

    [Fact]
    public void Robots_PointsToTheSitemapByItsAbsoluteUrl()
    {
        var robots = sites.SubPath.Read("robots.txt");

        Assert.Contains("Sitemap: " + SiteUrl + "sitemap.xml", robots);
        Assert.Contains("User-agent: *", robots);
    }

    private static string LocalFile(string url)
    {
        Assert.StartsWith(SiteUrl, url, StringComparison.Ordinal);
        var path = url[SiteUrl.Length..];
        return path.Length == 0 || path.EndsWith('/') ? path + "index.html" : path;
    }
}
