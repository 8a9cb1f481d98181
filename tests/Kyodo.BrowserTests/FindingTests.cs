using System.Xml.Linq;

namespace Kyodo.BrowserTests;

/// <summary>What lets people and machines find and follow the site, fetched from the served site by the browser.</summary>
[Collection(BrowserSiteGroup.Name)]
public sealed class FindingTests(BrowserSite site)
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";
    private static readonly XNamespace Sm = "http://www.sitemaps.org/schemas/sitemap/0.9";

    [Theory]
    [InlineData("/", "/feed.atom", "ja")]
    [InlineData("/en/projects/p039/", "/en/feed.atom", "en")]
    public async Task Feed_LinkedFromThePageHead_ParsesAsAtomAndListsTheEditions(string pagePath, string feedPath, string lang)
    {
        var page = await site.NewPageAsync();
        await page.GotoAsync(site.BaseUrl + pagePath);
        var href = await page.GetAttributeAsync("head link[rel=alternate][type='application/atom+xml']", "href");
        Assert.Equal(feedPath, href);

        var response = await page.APIRequest.GetAsync(site.BaseUrl + href);
        Assert.Equal(200, response.Status);
        Assert.StartsWith("application/atom+xml", response.Headers["content-type"], StringComparison.Ordinal);
        var text = await response.TextAsync();

        // The browser's own XML parser accepts it as an Atom document ...
        var parsed = await page.EvaluateAsync<string[]>(
            "text => { const d = new DOMParser().parseFromString(text, 'application/xml'); return [d.documentElement.namespaceURI, d.documentElement.localName, String(d.getElementsByTagName('parsererror').length)]; }",
            text);
        Assert.Equal(["http://www.w3.org/2005/Atom", "feed", "0"], parsed);

        // ... with one entry per edition of the plan.
        var feed = XDocument.Parse(text).Root!;
        Assert.Equal(lang, feed.Attribute(XNamespace.Xml + "lang")!.Value);
        var editions = feed.Elements(Atom + "entry").Select(e => new Uri(e.Element(Atom + "id")!.Value).AbsolutePath.Replace("/kyodo/", "/", StringComparison.Ordinal)).ToList();
        var prefix = lang == "ja" ? "/" : "/en/";
        Assert.Equal([$"{prefix}years/2025/", $"{prefix}years/2020/", $"{prefix}nasushiobara/years/2020/", $"{prefix}years/2018/"], editions);
    }

    [Fact]
    public async Task Sitemap_EveryListedUrlIsServed_AndEveryPageIsListed()
    {
        var page = await site.NewPageAsync();
        var robots = await (await page.APIRequest.GetAsync(site.BaseUrl + "/robots.txt")).TextAsync();
        var sitemapUrl = robots.Split('\n').Single(l => l.StartsWith("Sitemap: ", StringComparison.Ordinal))["Sitemap: ".Length..].Trim();
        var siteUrl = sitemapUrl[..^"sitemap.xml".Length];

        var sitemap = XDocument.Parse(await (await page.APIRequest.GetAsync(site.BaseUrl + "/sitemap.xml")).TextAsync());
        var listed = sitemap.Root!.Elements(Sm + "url").Select(u => "/" + u.Element(Sm + "loc")!.Value[siteUrl.Length..]).ToList();

        var failed = new List<string>();
        foreach (var path in listed)
        {
            var response = await page.APIRequest.GetAsync(site.BaseUrl + path, new() { MaxRedirects = 0 });
            if (response.Status != 200) failed.Add($"{path}: {response.Status}");
        }
        Assert.Empty(failed);
        var pages = site.PagePaths().Where(p => !p.EndsWith("/404.html", StringComparison.Ordinal)).ToList();
        Assert.Equal(pages, listed.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task SocialPreviewImage_DecodesInTheBrowserAtItsAnnouncedSize()
    {
        var page = await site.NewPageAsync();
        await page.GotoAsync(site.BaseUrl + "/");
        var image = await page.GetAttributeAsync("meta[property='og:image']", "content");
        var path = new Uri(image!).AbsolutePath["/kyodo".Length..]; // the configured site URL is https://…/kyodo

        var size = await page.EvaluateAsync<int[]>(
            "async url => { const b = await createImageBitmap(await (await fetch(url)).blob()); return [b.width, b.height]; }", path);

        Assert.Equal([1200, 630], size);
        Assert.Equal("1200", await page.GetAttributeAsync("meta[property='og:image:width']", "content"));
        Assert.Equal("630", await page.GetAttributeAsync("meta[property='og:image:height']", "content"));
    }
}
