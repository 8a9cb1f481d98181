using Kyodo.Model;
using Microsoft.FSharp.Collections;
using Plotly.NET;

namespace Kyodo.Charts.Figures;

/// <summary>
/// The interactive version of a chart, drawn in the browser by plotly.js from its figure.json. Plotly.NET builds
/// the figure: its trace, layout and config objects, with no template (figure.json stays as small as the data).
/// </summary>
public static class PlotlyFigures
{
    public static GenericChart Build(ChartSpec spec, Language language) => spec switch
    {
        TrendChart trend => TrendFigure.Build(trend, language),
        BarChart bars => BarFigure.Build(bars, language),
        _ => throw new NotSupportedException(spec.GetType().Name),
    };

    public static string Json(ChartSpec spec, Language language) => FigureJson.Serialize(Build(spec, language));

    /// <summary>
    /// A chart of the given traces and layout, with Kyodo's config. Built as Plotly.NET's multi-chart directly: its
    /// Chart.withLayout merges into a default layout, which is work for nothing here.
    /// </summary>
    internal static GenericChart Chart(IEnumerable<Trace> traces, Layout layout) =>
        GenericChart.NewMultiChart(ListModule.OfSeq(traces), layout, PlotlyStyle.Config(), new DisplayOptions());
}
