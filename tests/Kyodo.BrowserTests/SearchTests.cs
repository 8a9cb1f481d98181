using Microsoft.Playwright;

namespace Kyodo.BrowserTests;

/// <summary>Pagefind search in a real browser: Japanese segmentation, English pages, page types and filters.</summary>
[Collection(BrowserSiteGroup.Name)]
public sealed class SearchTests(BrowserSite site)
{
    [Fact]
    public async Task JapaneseSearch_Bosai_FindsTheDisasterPreventionProjects()
    {
        var results = await SearchAsync("/search/", "防災");

        Assert.Contains(results, r => r.Url == "/projects/p014/" && r.Title == "防災情報発信事業" && r.Type == "事業");
        foreach (var other in new[] { "/projects/p062/", "/projects/p063/", "/projects/p064/" })
        {
            Assert.Contains(results, r => r.Url == other);
        }
        Assert.All(results, r => Assert.DoesNotContain("/en/", r.Url, StringComparison.Ordinal));
    }

    [Fact]
    public async Task JapaneseSearch_Chonaikai_FindsTheNeighbourhoodAssociationProjectsAndIndicator()
    {
        var results = await SearchAsync("/search/", "町内会");

        Assert.Contains(results, r => r.Url == "/projects/p039/" && r.Title == "町内会活動促進事業");
        Assert.Contains(results, r => r.Url == "/projects/p023/");
        Assert.Contains(results, r => r.Url == "/indicators/neighbourhood-association-membership/" && r.Type == "指標");
    }

    [Fact]
    public async Task EnglishSearch_OnTheEnglishPage_FindsEnglishPagesOnly()
    {
        var results = await SearchAsync("/en/search/", "neighbourhood association");

        Assert.Contains(results, r => r.Url == "/en/projects/p039/" && r.Type == "Project");
        Assert.Contains(results, r => r.Url == "/en/indicators/neighbourhood-association-membership/" && r.Type == "Indicator");
        Assert.All(results, r => Assert.StartsWith("/en/", r.Url, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Filters_ByMeasureAndType_NarrowTheResults()
    {
        var all = await SearchAsync("/search/", "防災");
        var narrowed = await SearchAsync("/search/", "防災", "&measure=7&kind=project");

        Assert.True(narrowed.Count < all.Count, $"{narrowed.Count} of {all.Count}");
        Assert.All(narrowed, r => Assert.Equal("事業", r.Type));
        Assert.Contains(narrowed, r => r.Url == "/projects/p063/");
        // p013 (減災プロジェクト事業) is listed only under measure 3.
        Assert.Contains(all, r => r.Url == "/projects/p013/");
        Assert.DoesNotContain(narrowed, r => r.Url == "/projects/p013/");
    }

    [Fact]
    public async Task Filters_ByYearAndSdgGoal_KeepOnlyMatchingPages()
    {
        var results = await SearchAsync("/search/", "防災", "&year=2020&sdg=13&kind=project");

        Assert.NotEmpty(results);
        Assert.Contains(results, r => r.Url == "/projects/p063/");
        Assert.All(results, r => Assert.Equal("事業", r.Type));
    }

    [Fact]
    public async Task Filters_ByAMeasureOfTheSecondPlan_KeepOnlyThatPlansPages()
    {
        var all = await SearchAsync("/search/", "自治会");
        var narrowed = await SearchAsync("/search/", "自治会", "&measure=" + Uri.EscapeDataString("nasushiobara/3-1"));

        Assert.Contains(all, r => r.Url.StartsWith("/projects/", StringComparison.Ordinal));
        Assert.Contains(narrowed, r => r.Url == "/nasushiobara/projects/p004/");
        Assert.All(narrowed, r => Assert.StartsWith("/nasushiobara/", r.Url, StringComparison.Ordinal));
    }

    [Fact]
    public async Task SearchPage_WithoutJavaScript_SaysSoAndLinksTheProjectIndex()
    {
        var page = await site.NewPageAsync(javaScript: false);
        await page.GotoAsync(site.BaseUrl + "/search/");

        Assert.Contains("JavaScript", await page.InnerTextAsync("[data-search-fallback]"));
        Assert.False(await page.IsVisibleAsync("form[data-search]"));
        await page.ClickAsync("[data-search-fallback] a");
        Assert.EndsWith("/projects/", page.Url);
    }

    [Fact]
    public async Task SearchPage_TypingAQuery_ShowsResultsAndKeepsItInTheAddress()
    {
        var page = await site.NewPageAsync();
        var errors = new List<string>();
        page.PageError += (_, e) => errors.Add(e);
        // Pagefind warns when its web worker or WebAssembly is blocked (e.g. by the CSP) and falls back slowly.
        page.Console += (_, m) => { if (m.Type is "warning" or "error") errors.Add(m.Text); };
        await page.GotoAsync(site.BaseUrl + "/search/");

        await page.FillAsync("#search-q", "防災");
        await page.PressAsync("#search-q", "Enter");
        await page.WaitForSelectorAsync(".search-result a[href='/projects/p014/']");

        Assert.Contains("q=", page.Url);
        Assert.Empty(errors);
    }

    private async Task<IReadOnlyList<SearchResult>> SearchAsync(string path, string query, string extra = "")
    {
        var page = await site.NewPageAsync();
        await page.GotoAsync(site.BaseUrl + path + "?q=" + Uri.EscapeDataString(query) + extra);
        // The count is announced once the first results are shown.
        await page.WaitForFunctionAsync(Settled, null, new PageWaitForFunctionOptions { Timeout = 30000 });
        // Every result, not only the first page of them.
        while (await page.IsVisibleAsync("[data-search-more]"))
        {
            var before = await page.Locator(".search-result").CountAsync();
            await page.ClickAsync("[data-search-more]");
            await page.WaitForFunctionAsync($"() => document.querySelectorAll('.search-result').length > {before} && document.querySelector('[data-search-results]').getAttribute('aria-busy') === 'false'");
        }
        var rows = await page.EvalOnSelectorAllAsync<string[][]>(".search-result",
            "items => items.map(li => [li.querySelector('h2 a').getAttribute('href'), li.querySelector('h2 a').textContent, (li.querySelector('.search-type') || {}).textContent || ''])");
        return rows.Select(r => new SearchResult(r[0], r[1], r[2])).ToList();
    }

    private const string Settled =
        "() => /\\d/.test(document.querySelector('[data-search-status]').textContent) && document.querySelector('[data-search-results]').getAttribute('aria-busy') === 'false'";

    private sealed record SearchResult(string Url, string Title, string Type);
}
