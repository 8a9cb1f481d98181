using System.Text.Json;
using Microsoft.Playwright;

namespace Kyodo.BrowserTests;

/// <summary>Charts in a real browser: interactive with JavaScript, complete without it, within the CSP, no axe violations.</summary>
[Collection(BrowserSiteGroup.Name)]
public sealed class ChartTests(BrowserSite site)
{
    [Fact]
    public async Task IndicatorPage_WithJavaScript_DrawsThePlotlyChartWithAPointPerValueAndTarget()
    {
        var page = await site.NewPageAsync();
        var violations = WatchCsp(page);
        await page.GotoAsync(site.BaseUrl + "/indicators/community-attachment/");

        var plot = page.Locator("figure.chart .chart-interactive.js-plotly-plot");
        await plot.WaitForAsync(new LocatorWaitForOptions { Timeout = 30_000 });
        await page.Locator("figure.chart .chart-interactive .scatterlayer .point").First.WaitForAsync();

        var expected = await ExpectedPointsAsync("indicators/community-attachment/data.json");
        Assert.Equal(expected, await page.Locator("figure.chart .chart-interactive .scatterlayer .point").CountAsync());
        Assert.Contains("is-interactive", await page.GetAttributeAsync("figure.chart", "class"));
        // The drawing steps aside (clipped to nothing) but stays in the page for screen readers and print.
        var drawing = await page.Locator(".chart-static").BoundingBoxAsync();
        Assert.True(drawing is null || drawing.Width <= 1, $"the drawing still takes {drawing?.Width}px");
        Assert.Equal(1, await page.Locator(".chart-svg-wide[role=img]").CountAsync());
        Assert.True(await page.Locator("table.chart-table").IsVisibleAsync());
        Assert.Empty(violations);
    }

    [Fact]
    public async Task IndicatorPage_WithoutJavaScript_ShowsTheDrawingAndTheTable()
    {
        var page = await site.NewPageAsync(javaScript: false);
        await page.GotoAsync(site.BaseUrl + "/en/indicators/collaboration-satisfaction/");

        var drawing = page.Locator("figure.chart svg.chart-svg-wide");
        Assert.True(await drawing.IsVisibleAsync());
        Assert.Equal("img", await drawing.GetAttributeAsync("role"));
        Assert.Contains("over the years", await page.Locator("figure.chart svg.chart-svg-wide title").TextContentAsync());
        Assert.Contains("FY2019", await page.Locator("figure.chart svg.chart-svg-wide desc").TextContentAsync());
        Assert.Equal(0, await page.Locator(".js-plotly-plot").CountAsync());
        var rows = page.Locator("table.chart-table tbody tr");
        Assert.Equal(6, await rows.CountAsync());
        Assert.True(await page.Locator("table.chart-table").IsVisibleAsync());
        Assert.Contains("Method changed", await drawing.InnerHTMLAsync());
    }

    [Fact]
    public async Task IndicatorPage_OnAPhoneWithoutJavaScript_ShowsTheNarrowDrawing()
    {
        var page = await site.NewPageAsync(javaScript: false, width: 375, height: 800);
        await page.GotoAsync(site.BaseUrl + "/indicators/traffic-deaths/");

        Assert.True(await page.Locator("figure.chart svg.chart-svg-narrow").IsVisibleAsync());
        Assert.False(await page.Locator("figure.chart svg.chart-svg-wide").IsVisibleAsync());
        var box = await page.Locator("figure.chart svg.chart-svg-narrow").BoundingBoxAsync();
        Assert.True(box!.Width <= 375, $"drawing is {box.Width}px wide");
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/en/projects/p038/")]
    [InlineData("/sdgs/")]
    public async Task SummaryAndProjectCharts_WithJavaScript_DrawWithinTheCsp(string path)
    {
        var page = await site.NewPageAsync();
        var violations = WatchCsp(page);
        await page.GotoAsync(site.BaseUrl + path);
        var figures = page.Locator("figure.chart");
        var count = await figures.CountAsync();
        for (var i = 0; i < count; i++)
        {
            await figures.Nth(i).ScrollIntoViewIfNeededAsync();
            await figures.Nth(i).Locator(".js-plotly-plot .barlayer").First.WaitForAsync(new LocatorWaitForOptions { Timeout = 30_000 });
        }

        Assert.True(count > 0);
        Assert.Equal(count, await page.Locator("figure.chart.is-interactive").CountAsync());
        Assert.Empty(violations);
    }

    /// <summary>axe on the page's content (the shared header and footer are the accessibility tests' concern).</summary>
    [Theory]
    [InlineData("/indicators/collaboration-satisfaction/", true)]
    [InlineData("/indicators/collaboration-satisfaction/", false)]
    [InlineData("/en/projects/p038/", false)]
    public async Task ChartPages_HaveNoAxeViolations(string path, bool javaScript)
    {
        var axe = Path.Combine(BrowserSite.RepoRoot(), "node_modules", "axe-core", "axe.min.js");
        Assert.True(File.Exists(axe), "axe-core is installed by the build (npm install)");
        var context = await site.Browser.NewContextAsync(new BrowserNewContextOptions { BypassCSP = true, JavaScriptEnabled = true, Locale = "ja-JP" });
        var page = await context.NewPageAsync();
        if (!javaScript)
        {
            // The page's own scripts stay off, as for a reader without JavaScript; axe itself is injected.
            await page.RouteAsync("**/assets/charts.js", route => route.AbortAsync());
        }
        await page.GotoAsync(site.BaseUrl + path);
        if (javaScript) await page.Locator(".js-plotly-plot").First.WaitForAsync(new LocatorWaitForOptions { Timeout = 30_000 });
        await page.AddScriptTagAsync(new PageAddScriptTagOptions { Path = axe });

        var result = await page.EvaluateAsync<JsonElement>(
            "async () => (await axe.run({ include: [['main']] }, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } })).violations.map(v => v.id + ': ' + v.nodes.map(n => n.target.join(' ')).join(', '))");

        Assert.Empty(result.EnumerateArray().Select(v => v.GetString()));
        await context.DisposeAsync();
    }

    private async Task<int> ExpectedPointsAsync(string dataJson)
    {
        using var doc = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(site.Output, dataJson)));
        var values = doc.RootElement.GetProperty("values").EnumerateArray().Count(v => v.GetProperty("value").ValueKind == JsonValueKind.Number);
        return values + doc.RootElement.GetProperty("targets").GetArrayLength();
    }

    private static List<string> WatchCsp(IPage page)
    {
        var violations = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase)) violations.Add(message.Text);
        };
        page.PageError += (_, error) => violations.Add("page error: " + error);
        return violations;
    }
}
