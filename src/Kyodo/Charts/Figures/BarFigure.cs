using Kyodo.Charts.Svg;
using Kyodo.Model;
using Plotly.NET;
using Plotly.NET.LayoutObjects;
using Plotly.NET.TraceObjects;
using static Kyodo.Charts.Figures.FigureJson;

namespace Kyodo.Charts.Figures;

/// <summary>
/// A bar chart as a Plotly.NET chart: horizontal bars, one subplot per panel with its own axis (units differ
/// between a project's figures), categories top to bottom in the order of the data.
/// </summary>
internal static class BarFigure
{
    private const double Top = 40;
    private const double Bottom = 36;
    private const double PanelGap = 26;
    private const double TitleLine = 20;

    public static GenericChart Build(BarChart chart, Language language)
    {
        var grouped = chart.Layout == BarLayout.Grouped;
        var barPx = grouped ? (chart.Series.Count > 2 ? 13.0 : 22.0) : 26.0;
        var traces = new List<Trace>();
        var annotations = new List<Annotation>();
        var axes = new SortedDictionary<string, LinearAxis>(StringComparer.Ordinal);
        var legendShown = new HashSet<string>();

        // Pixel heights first, then each panel's share of the plot area as its axis domain.
        var heights = chart.Panels.Select(p => TitleLines(p, language).Count * TitleLine
            + p.Categories.Sum(c => (grouped ? Math.Max(1, c.Values.Count) * barPx : barPx) + 14)).ToList();
        var plotHeight = heights.Sum() + PanelGap * (chart.Panels.Count - 1);
        var showLegend = chart.Series.Count > 1 || chart.Series.Any(s => s.Pattern != BarPattern.Solid);
        var height = plotHeight + Top + Bottom + (showLegend ? 30 : 0);
        var cursor = plotHeight;
        LinearAxis? firstX = null, firstY = null;

        for (var index = 0; index < chart.Panels.Count; index++)
        {
            var panel = chart.Panels[index];
            var suffix = index == 0 ? "" : (index + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
            var title = TitleLines(panel, language);
            var top = cursor;
            var bottom = cursor - heights[index];
            var domainTop = (top - title.Count * TitleLine) / plotHeight;
            var domain = new[] { Math.Round(bottom / plotHeight, 4), Math.Round(Math.Max(domainTop, bottom / plotHeight + 0.01), 4) };
            cursor = bottom - PanelGap;

            var labels = panel.Categories.Select(c => Wrap(c.Label.In(language), 11)).ToList();
            var max = panel.Categories.Select(c => grouped ? c.Values.Select(v => (double)v.Value).DefaultIfEmpty(0).Max() : (double)c.Total).DefaultIfEmpty(0).Max();
            var scale = AxisScale.For([max], fromZero: true, integers: panel.Categories.SelectMany(c => c.Values).All(v => v.Value == decimal.Truncate(v.Value)));
            foreach (var series in chart.Series)
            {
                var present = panel.Categories.Select((c, i) => (Category: c, Label: labels[i], Value: c.ValueOf(series.Key))).Where(x => x.Value is not null).ToList();
                if (present.Count == 0) continue;
                var marker = new Marker()
                    .With("color", series.Pattern is BarPattern.Outline or BarPattern.Dotted ? "#ffffff" : series.Colour)
                    .With("line", PlotlyStyle.Line(series.Pattern == BarPattern.Solid ? "#ffffff" : series.Colour, 1))
                    .With("pattern", PlotlyStyle.PatternOf(series));
                traces.Add(new Trace2D("bar")
                    .With("name", series.Label.In(language))
                    .With("x", Numbers(present.Select(x => x.Value)))
                    .With("y", present.Select(x => x.Label).ToArray())
                    .With("xaxis", "x" + suffix)
                    .With("yaxis", "y" + suffix)
                    .With("orientation", "h")
                    .With("marker", marker)
                    .With("text", present.Select(x => grouped || x.Value!.Value != 0 ? ChartFormat.Number(x.Value!.Value) : "").ToArray())
                    .With("textposition", grouped ? "outside" : "inside")
                    .With("textfont", PlotlyStyle.Font(12, grouped ? ChartPalette.Ink : null))
                    .With("insidetextanchor", grouped ? null : "middle")
                    .With("customdata", present.Select(x => $"{x.Category.Label.In(language)} — {series.Label.In(language)}: {ChartFormat.WithUnit(ChartFormat.Number(x.Value!.Value), panel.Unit, language)}").ToArray())
                    .With("hovertemplate", "%{customdata}<extra></extra>")
                    .With("showlegend", showLegend && legendShown.Add(series.Key))
                    .With("legendgroup", series.Key)
                    .With("cliponaxis", false));
            }
            if (!grouped)
            {
                for (var i = 0; i < panel.Categories.Count; i++)
                {
                    annotations.Add(PlotlyStyle.Annotation(ChartFormat.Number(panel.Categories[i].Total),
                            Position((double)panel.Categories[i].Total), labels[i], "x" + suffix, "y" + suffix)
                        .With("xanchor", "left").With("xshift", 4).With("showarrow", false)
                        .With("font", PlotlyStyle.Font(12, weight: 700)));
                }
            }
            if (title.Count > 0)
            {
                annotations.Add(PlotlyStyle.Annotation(string.Join("<br>", title), Position(0), Position(domain[1]), "paper", "paper")
                    .With("xanchor", "left").With("yanchor", "bottom").With("yshift", 2).With("showarrow", false)
                    .With("align", "left").With("font", PlotlyStyle.Font(13, weight: 700)));
            }
            var unit = panel.Unit.In(language);
            var x = new LinearAxis()
                .With("title", chart.Panels.Count == 1 && unit.Length > 0
                    ? PlotlyStyle.AxisTitle(unit, PlotlyStyle.Font(12, ChartPalette.Muted)) : null)
                .With("range", Numbers([0, scale.Max * (grouped ? 1.25 : 1.15)]))
                .With("anchor", "y" + suffix)
                .With("tickmode", "array")
                .With("tickvals", Numbers(scale.Ticks))
                .With("ticktext", scale.Ticks.Select(t => ChartFormat.Number((decimal)t, scale.Decimals)).ToArray())
                .With("gridcolor", ChartPalette.Grid)
                .With("zeroline", true)
                .With("showticklabels", chart.Panels.Count == 1)
                .With("fixedrange", true);
            var y = new LinearAxis()
                .With("type", "category")
                .With("autorange", "reversed")
                .With("domain", Numbers(domain))
                .With("anchor", "x" + suffix)
                .With("fixedrange", true)
                .With("automargin", true)
                .With("categoryorder", "array")
                .With("categoryarray", labels.ToArray());
            if (index == 0)
            {
                // The first panel's axes are the layout's own (xaxis, yaxis); the others are added by name.
                (firstX, firstY) = (x, y);
                continue;
            }
            axes["xaxis" + suffix] = x;
            axes["yaxis" + suffix] = y;
        }

        var layout = new Layout()
            .With("font", PlotlyStyle.SiteFont())
            .With("height", Number(Math.Round(height)))
            .With("autosize", true)
            .With("margin", PlotlyStyle.Margin(8, 16, Top, Bottom))
            .With("showlegend", showLegend)
            .With("legend", showLegend ? PlotlyStyle.Legend(1, "bottom").With("traceorder", "normal") : null)
            .With("hovermode", "closest")
            .With("barmode", grouped ? "group" : "stack")
            .With("bargap", 0.25)
            .With("bargroupgap", 0.1)
            .With("separators", ".,")
            .With("paper_bgcolor", "#ffffff")
            .With("plot_bgcolor", "#ffffff")
            .With("xaxis", firstX)
            .With("yaxis", firstY)
            .With("annotations", annotations.ToArray());
        // The other panels' axes come last, by name in ordinal order ("xaxis10" before "xaxis2").
        foreach (var (name, axis) in axes) layout.With(name, axis);
        return PlotlyFigures.Chart(traces, layout);
    }

    private static IReadOnlyList<string> TitleLines(BarPanel panel, Language language)
    {
        if (panel.Title is null) return [];
        var unit = panel.Unit.In(language);
        var text = panel.Title.In(language) + (unit.Length == 0 ? "" : language == Language.Ja ? $"（単位：{unit}）" : $" (unit: {unit})");
        return TextMetrics.Wrap(text, 230, 13, 4);
    }

    /// <summary>Plotly does not wrap axis labels: long ones get line breaks at about <paramref name="ems"/> ems.</summary>
    private static string Wrap(string text, double ems) => string.Join("<br>", TextMetrics.Wrap(text, ems * 13, 13, 3));
}
