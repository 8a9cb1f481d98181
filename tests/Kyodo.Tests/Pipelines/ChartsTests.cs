using System.Text.Json;
using AngleSharp.Html.Parser;
using Kyodo.Diagnostics;
using Kyodo.Loading;
using Kyodo.Model;
using Kyodo.Tests.Testing;

namespace Kyodo.Tests.Pipelines;

/// <summary>The charts as published: on every page that should have one, and every figure equal to the data.</summary>
[Collection(BuiltSitesGroup.Name)]
public sealed class ChartsTests(BuiltSites sites)
{
    private static readonly HtmlParser Parser = new();
    private static readonly Plan Koriyama = SiteLoader.Load(Repo.Paths, new DiagnosticBag())!.PrimaryPlan;

    public static TheoryData<string> BasePaths => new() { "/", "/kyodo/" };

    private SiteBuild Site(string basePath) => basePath == "/" ? sites.Root : sites.SubPath;

    [Theory]
    [MemberData(nameof(BasePaths))]
    public void EveryIndicatorPage_InBothLanguages_HasItsDrawingTableFigureAndDownloads(string basePath)
    {
        var site = Site(basePath);
        var problems = new List<string>();
        foreach (var indicator in Koriyama.Indicators)
        {
            foreach (var prefix in new[] { "", "en/" })
            {
                var page = $"{prefix}indicators/{indicator.Id}/index.html";
                problems.AddRange(CheckChartPage(site, page, 1));
            }
        }
        Assert.Empty(problems);
    }

    [Theory]
    [MemberData(nameof(BasePaths))]
    public void EveryProjectWithFigures_HasAChart_AndOthersLoadNoChartScript(string basePath)
    {
        var site = Site(basePath);
        var problems = new List<string>();
        foreach (var project in Koriyama.Projects)
        {
            foreach (var prefix in new[] { "", "en/" })
            {
                var page = $"{prefix}projects/{project.Id}/index.html";
                if (Koriyama.MetricsByProject.ContainsKey(project.Id))
                {
                    problems.AddRange(CheckChartPage(site, page, 1));
                }
                else if (site.Read(page).Contains("charts.js", StringComparison.Ordinal))
                {
                    problems.Add($"{page}: loads the chart script without a chart");
                }
            }
        }
        Assert.Empty(problems);
    }

    [Fact]
    public void SummaryPages_HaveTheirCharts()
    {
        var site = sites.Root;
        Assert.Empty(CheckChartPage(site, "index.html", 2));
        Assert.Empty(CheckChartPage(site, "en/years/2020/index.html", 2));
        Assert.Empty(CheckChartPage(site, "sdgs/index.html", 1));
        Assert.Empty(CheckChartPage(site, "en/indicators/index.html", 1));
    }

    [Fact]
    public void EveryFigureJson_Parses_AsAPlotlyFigure()
    {
        var figures = sites.Root.Files("figure.json").ToList();

        Assert.True(figures.Count >= 2 * (Koriyama.Indicators.Count + Koriyama.MetricsByProject.Count), $"only {figures.Count} figures");
        foreach (var file in figures)
        {
            using var doc = JsonDocument.Parse(sites.Root.Read(file));
            Assert.True(doc.RootElement.GetProperty("data").GetArrayLength() > 0, file);
            Assert.Equal(JsonValueKind.Object, doc.RootElement.GetProperty("layout").ValueKind);
        }
    }

    [Fact]
    public void IndicatorFigures_ShowExactlyTheValuesAndTargetsOfTheData()
    {
        foreach (var indicator in Koriyama.Indicators)
        {
            var values = Koriyama.ValuesByIndicator.GetValueOrDefault(indicator.Id) ?? [];
            var targets = Koriyama.TargetsByIndicator.GetValueOrDefault(indicator.Id) ?? [];
            foreach (var prefix in new[] { "", "en/" })
            {
                using var doc = JsonDocument.Parse(sites.Root.Read($"{prefix}indicators/{indicator.Id}/figure.json"));
                var traces = doc.RootElement.GetProperty("data").EnumerateArray().ToList();
                var lines = traces.Where(t => t.GetProperty("mode").GetString()!.StartsWith("lines", StringComparison.Ordinal)).ToList();
                var markers = traces.Where(t => t.GetProperty("mode").GetString() == "markers+text").ToList();

                var shown = lines.SelectMany(Points).Where(p => p.Y is not null).OrderBy(p => p.X).ToList();
                Assert.Equal(values.Where(v => v.Value is not null).Select(v => ((decimal)v.Year, v.Value)), shown.Select(p => (p.X, p.Y)));
                Assert.DoesNotContain(shown, p => values.Any(v => v.Year == (int)p.X && v.Value is null));
                Assert.Equal(values.Where(v => v.Value is null).Select(v => (decimal)v.Year).Order(), lines.SelectMany(Points).Where(p => p.Y is null && values.Any(v => v.Year == (int)p.X)).Select(p => p.X).Order());
                Assert.Equal(targets.Select(t => t.Value).Order(), markers.SelectMany(Points).Select(p => p.Y!.Value).Order());
            }
        }
    }

    [Fact]
    public void ProjectFigures_ShowEveryActivityFigureOfTheData()
    {
        foreach (var (projectId, metrics) in Koriyama.MetricsByProject)
        {
            using var doc = JsonDocument.Parse(sites.Root.Read($"projects/{projectId}/figure.json"));
            var shown = doc.RootElement.GetProperty("data").EnumerateArray()
                .SelectMany(t => t.GetProperty("x").EnumerateArray().Select(x => x.GetDecimal())).ToList();
            var expected = metrics.SelectMany(m => m.PrevValue is { } p ? new[] { m.Value, p } : [m.Value]).ToList();
            Assert.True(expected.All(shown.Contains), $"{projectId}: figure lacks a value");
            Assert.True(shown.All(expected.Contains), $"{projectId}: figure shows a value not in the data");
        }
    }

    [Fact]
    public void IndicatorData_Downloads_KeepFullPrecisionAndTheStatusOfGaps()
    {
        using var doc = JsonDocument.Parse(sites.Root.Read("indicators/work-life-balance/data.json"));
        var values = doc.RootElement.GetProperty("values").EnumerateArray().ToList();

        Assert.Equal([5.2m, 6.5m], values.Where(v => v.GetProperty("value").ValueKind == JsonValueKind.Number).Select(v => v.GetProperty("value").GetDecimal()));
        Assert.Equal(["not_published", "not_surveyed", "not_surveyed"], values.Where(v => v.GetProperty("value").ValueKind == JsonValueKind.Null).Select(v => v.GetProperty("status").GetString()));
        var csv = sites.Root.Read("indicators/collaboration-satisfaction/data.csv").Split("\r\n");
        Assert.StartsWith("kind,year,value,status,", csv[0], StringComparison.Ordinal);
        Assert.Contains(csv, l => l.StartsWith("superseded_target,2025,70.0,", StringComparison.Ordinal) && l.Contains(",2018,2020,", StringComparison.Ordinal));
        Assert.Contains(csv, l => l.StartsWith("method_change,2019,", StringComparison.Ordinal));
    }

    [Fact]
    public void ChartPages_LoadNoThirdPartyScriptDirectly_AndTheBundleIsServedByTheSite()
    {
        var html = sites.Root.Read("indicators/community-attachment/index.html");

        Assert.Contains("<script src=\"/assets/charts.js\" defer></script>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("plotly-basic.min.js\"></script>", html, StringComparison.Ordinal);
        Assert.Contains("data-chart-bundle=\"/assets/vendor/plotly-basic.min.js\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("cdn", html, StringComparison.OrdinalIgnoreCase);
    }

    private static IEnumerable<(decimal X, decimal? Y)> Points(JsonElement trace)
    {
        var x = trace.GetProperty("x").EnumerateArray().Select(e => e.GetDecimal()).ToList();
        var y = trace.GetProperty("y").EnumerateArray().Select(e => e.ValueKind == JsonValueKind.Null ? (decimal?)null : e.GetDecimal()).ToList();
        return x.Zip(y);
    }

    /// <summary>What every page with charts must have; returns the problems found.</summary>
    private static IEnumerable<string> CheckChartPage(SiteBuild site, string page, int charts)
    {
        var html = site.Read(page);
        var doc = Parser.ParseDocument(html);
        var figures = doc.QuerySelectorAll("figure.chart[data-chart-figure]");
        if (figures.Length != charts) yield return $"{page}: {figures.Length} charts, expected {charts}";
        if (!html.Contains("assets/charts.js", StringComparison.Ordinal)) yield return $"{page}: no chart script";
        if (doc.QuerySelectorAll("[style]").Length > 0) yield return $"{page}: style attribute (forbidden by the CSP)";
        foreach (var figure in figures)
        {
            var svgs = figure.QuerySelectorAll("svg[role=img]");
            if (svgs.Length != 2) yield return $"{page}: {svgs.Length} drawings";
            foreach (var svg in svgs)
            {
                var ids = svg.GetAttribute("aria-labelledby")?.Split(' ') ?? [];
                if (ids.Length != 2 || ids.Any(id => doc.GetElementById(id) is null)) yield return $"{page}: drawing without title and description";
            }
            var block = figure.Closest(".chart-block")!;
            if (block.QuerySelector("table.chart-table caption") is null) yield return $"{page}: no table";
            var downloads = block.QuerySelectorAll(".chart-downloads a[download]").Select(a => a.GetAttribute("href")!).ToList();
            if (downloads.Count != 4) yield return $"{page}: {downloads.Count} downloads";
            if (!downloads.Any(d => d.EndsWith("/chart.png", StringComparison.Ordinal))) yield return $"{page}: no PNG download";
            foreach (var href in downloads.Append(figure.GetAttribute("data-chart-figure")!))
            {
                if (!href.StartsWith(site.BasePath, StringComparison.Ordinal) || !site.Exists(href[site.BasePath.Length..])) yield return $"{page}: {href} does not exist";
            }
        }
    }
}
