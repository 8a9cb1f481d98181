using Kyodo.Model;

namespace Kyodo.Charts.Plotly;

/// <summary>The interactive version of a chart, drawn in the browser by plotly.js from this figure.</summary>
public static class PlotlyFigures
{
    public static Figure Build(ChartSpec spec, Language language) => spec switch
    {
        TrendChart trend => TrendFigure.Build(trend, language),
        BarChart bars => BarFigure.Build(bars, language),
        _ => throw new NotSupportedException(spec.GetType().Name),
    };

    public static string Json(ChartSpec spec, Language language) => PlotlyJson.Serialize(Build(spec, language));
}
