using Microsoft.Playwright;

namespace Kyodo.BrowserTests;

[Collection(BrowserSiteGroup.Name)]
public sealed class OpenDataPageTests(BrowserSite site)
{
    [Fact]
    public async Task DatasetJsonLd_IsReadableByThePagesOwnScriptsUnderItsCsp()
    {
        var page = await site.NewPageAsync();
        var console = new List<string>();
        page.Console += (_, message) => console.Add(message.Text);
        // A same-origin script (what the CSP allows) that reads the JSON-LD data block.
        await page.RouteAsync("**/read-jsonld.js", route => route.FulfillAsync(new RouteFulfillOptions
        {
            ContentType = "text/javascript",
            Body = "const d = JSON.parse(document.querySelector('script[type=\"application/ld+json\"]').textContent);" +
                   "document.documentElement.dataset.jsonld = d['@graph'][0]['@type'] + ' ' + d['@graph'][0].license;",
        }));
        await page.GotoAsync(site.BaseUrl + "/data/");

        await page.AddScriptTagAsync(new PageAddScriptTagOptions { Url = site.BaseUrl + "/read-jsonld.js" });

        Assert.Equal("Dataset https://www.digital.go.jp/resources/open_data/public_data_license_v1.0", await page.GetAttributeAsync("html", "data-jsonld"));
        Assert.DoesNotContain(console, m => m.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task ZipLink_DownloadsTheArchive()
    {
        var page = await site.NewPageAsync();
        await page.GotoAsync(site.BaseUrl + "/en/data/");

        var download = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("a[href$='-opendata.zip']"));

        Assert.EndsWith("-opendata.zip", download.SuggestedFilename);
        var path = await download.PathAsync();
        Assert.True(new FileInfo(path).Length > 100_000);
    }
}
