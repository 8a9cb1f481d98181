using System.Text.Json;
using Kyodo.Charts;
using Kyodo.Charts.Figures;
using Kyodo.Model;
using Kyodo.Processing;
using Plotly.NET;

namespace Kyodo.Tests.Charts;

/// <summary>The figures Plotly.NET builds: written as Plotly.NET itself writes them, with no template.</summary>
public sealed class PlotlyFigureTests
{
    private static readonly Plan Plan = ShippedPlan.Koriyama;
    private static readonly List<ChartSpec> Charts = new ChartSet(Plan, new PlanIndex(Plan), "").All.ToList();

    [Fact]
    public void EveryFigure_IsWrittenExactlyAsPlotlyNetsOwnToJson()
    {
        Assert.True(Charts.Count > 50, $"only {Charts.Count} charts");
        foreach (var chart in Charts)
        {
            foreach (var language in LanguageExtensions.All)
            {
                var figure = PlotlyFigures.Build(chart, language);
                Assert.Equal(GenericChart.toJson(figure), FigureJson.Serialize(figure));
            }
        }
    }

    [Fact]
    public void Figures_CarryNoTemplate_AndTheSiteConfig()
    {
        foreach (var chart in Charts)
        {
            using var doc = JsonDocument.Parse(PlotlyFigures.Json(chart, Language.En));
            Assert.Equal(["data", "layout", "config"], doc.RootElement.EnumerateObject().Select(p => p.Name));
            Assert.False(doc.RootElement.GetProperty("layout").TryGetProperty("template", out _), chart.Folder);
            var config = doc.RootElement.GetProperty("config");
            Assert.True(config.GetProperty("responsive").GetBoolean());
            Assert.False(config.GetProperty("displayModeBar").GetBoolean());
        }
    }

    [Fact]
    public void IntegralNumbers_AreWrittenAsIntegers()
    {
        Assert.Equal("[400,0.25,13.50,2018.5,null]", JsonSerializer.Serialize(new object?[]
        {
            FigureJson.Number(400.0), FigureJson.Number(0.25), FigureJson.Number(13.50m), FigureJson.Position(2018.5), null,
        }));
    }
}
