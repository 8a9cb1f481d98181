using Microsoft.Playwright;

namespace Kyodo.BrowserTests;

/// <summary>Search on a site built with --base-path /kyodo/ and served under it, as on a GitHub Pages project site.</summary>
[Collection(SubPathBrowserSiteGroup.Name)]
public sealed class SubPathSearchTests(SubPathBrowserSite site)
{
    [Theory]
    [InlineData("/kyodo/search/", "防災", "/kyodo/projects/p014/")]
    [InlineData("/kyodo/en/search/", "disaster prevention", "/kyodo/en/projects/p014/")]
    public async Task Search_UnderASubPath_LoadsTheIndexAndLinksResultsUnderTheSubPath(string path, string query, string expected)
    {
        var page = await site.NewPageAsync();
        var errors = new List<string>();
        page.PageError += (_, e) => errors.Add(e);
        page.Console += (_, m) => { if (m.Type is "warning" or "error") errors.Add(m.Text); };
        await page.GotoAsync(site.BaseUrl + path + "?q=" + Uri.EscapeDataString(query));

        await page.WaitForSelectorAsync($".search-result a[href='{expected}']", new PageWaitForSelectorOptions { Timeout = 30000 });
        var hrefs = await page.EvalOnSelectorAllAsync<string[]>(".search-result h2 a", "links => links.map(a => a.getAttribute('href'))");

        Assert.All(hrefs, h => Assert.StartsWith(path.Contains("/en/", StringComparison.Ordinal) ? "/kyodo/en/" : "/kyodo/", h, StringComparison.Ordinal));
        Assert.Empty(errors);
        await page.ClickAsync($".search-result a[href='{expected}']");
        Assert.EndsWith(expected, page.Url);
        Assert.Equal(200, (await page.APIRequest.GetAsync(page.Url)).Status);
    }
}
