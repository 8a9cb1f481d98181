using Kyodo.Localization;
using Kyodo.Model;
using Plotly.NET;
using Plotly.NET.LayoutObjects;
using Plotly.NET.TraceObjects;
using static Kyodo.Charts.Figures.FigureJson;

namespace Kyodo.Charts.Figures;

/// <summary>An indicator's chart as a Plotly.NET chart: the same points, gaps, targets and breaks as the SVG.</summary>
internal static class TrendFigure
{
    public static GenericChart Build(TrendChart chart, Language language)
    {
        var scale = Svg.TrendSvg.Scale(chart);
        var first = chart.FirstYear;
        var last = chart.LastYear;
        var years = Enumerable.Range(first, last - first + 1).ToList();
        var reported = chart.Reported.ToList();
        var traces = new List<Trace>();
        var lastSegment = chart.Breaks.Count;

        // One trace per method period; years without a value are null, which Plotly leaves as a gap.
        foreach (var segment in chart.Points.Select(p => p.Segment).Distinct().Order())
        {
            var points = chart.Points.Where(p => p.Segment == segment).ToList();
            var old = segment < lastSegment;
            var colour = old ? ChartPalette.OldMethod : ChartPalette.Series;
            traces.Add(new Trace2D("scatter")
                .With("name", old ? Ui.ChartOldMethod.In(language) : Ui.ChartValues.In(language))
                .With("x", points.Select(p => (object)(long)p.Year).ToArray())
                .With("y", Numbers(points.Select(p => p.Value)))
                .With("mode", "lines+markers+text")
                .With("marker", new Marker().With("color", colour).With("symbol", old ? "circle-open" : "circle")
                    .With("size", 10L).With("line", PlotlyStyle.Line(colour, 2)))
                .With("line", PlotlyStyle.Line(colour, 2.5, old ? "dash" : "solid"))
                .With("text", points.Select(p => p.HasValue && (p == reported[0] || p == reported[^1]) ? ChartText.ValueText(chart, p.Value!.Value, p.IsRounded, language) : "").ToArray())
                .With("textposition", "top center")
                .With("customdata", points.Select(p => $"{Ui.ChartYearOf(p.Year).In(language)}: {ChartText.PointText(chart, p, language)}").ToArray())
                .With("hovertemplate", "%{customdata}<extra></extra>")
                .With("connectgaps", false)
                .With("cliponaxis", false));
        }

        foreach (var current in new[] { true, false })
        {
            var targets = chart.Targets.Where(t => t.IsCurrent == current).ToList();
            if (targets.Count == 0) continue;
            var colour = current ? ChartPalette.Target : ChartPalette.Superseded;
            traces.Add(new Trace2D("scatter")
                .With("name", current ? Ui.ChartTarget.In(language) : Ui.ChartSupersededTarget.In(language))
                .With("x", targets.Select(t => (object)(long)t.Year).ToArray())
                .With("y", Numbers(targets.Select(t => (decimal?)t.Value)))
                .With("mode", "markers+text")
                .With("marker", new Marker().With("color", colour).With("symbol", current ? "diamond" : "diamond-open")
                    .With("size", 13L).With("line", PlotlyStyle.Line(colour, 2)))
                .With("text", targets.Select(t => current
                    ? Ui.ChartTargetLabel(ChartFormat.Value(t.Value, chart.Decimals, chart.Unit)).In(language)
                    : Ui.ChartSupersededShort(ChartFormat.Value(t.Value, chart.Decimals, chart.Unit)).In(language)).ToArray())
                .With("textposition", current ? "top left" : "bottom left")
                .With("customdata", targets.Select(t => ChartText.TargetText(chart, t, language)).ToArray())
                .With("hovertemplate", "%{customdata}<extra></extra>")
                .With("cliponaxis", false));
        }

        var shapes = new List<Shape>();
        var annotations = new List<Annotation>();
        foreach (var t in chart.Targets.Where(t => t.IsCurrent))
        {
            shapes.Add(PlotlyStyle.LineShape("paper", "y", 0, 1, (double)t.Value, (double)t.Value,
                PlotlyStyle.Line(ChartPalette.Target, 1, "dot"), "below"));
        }
        foreach (var gap in chart.Gaps)
        {
            shapes.Add(PlotlyStyle.LineShape("x", "paper", gap.Year, gap.Year, 0, 1,
                PlotlyStyle.Line(ChartPalette.Gap, 1, "dot"), "below"));
            annotations.Add(PlotlyStyle.Annotation(Ui.ChartGapShort(gap.State).In(language), (long)gap.Year, Position(0.02), "x", "paper")
                .With("xanchor", "left").With("yanchor", "bottom").With("xshift", 2L).With("showarrow", false)
                .With("textangle", -90L).With("font", PlotlyStyle.Font(11, ChartPalette.Muted)));
        }
        foreach (var b in chart.Breaks)
        {
            shapes.Add(PlotlyStyle.LineShape("x", "paper", b.Year - 0.5, b.Year - 0.5, 0, 1,
                PlotlyStyle.Line(ChartPalette.Ink, 1.5, "dash"), null));
            annotations.Add(PlotlyStyle.Annotation(Ui.ChartMethodChanged.In(language), Position(b.Year - 0.5), Position(1), "x", "paper")
                .With("xanchor", "left").With("yanchor", "top").With("xshift", 4L).With("showarrow", false)
                .With("font", PlotlyStyle.Font(12, weight: 700)).With("bgcolor", "rgba(255,255,255,0.85)"));
        }
        var direction = chart.IsMonitoring ? Ui.ChartMonitoring : chart.Direction == Direction.Increase ? Ui.ChartHigherIsBetter : Ui.ChartLowerIsBetter;
        annotations.Add(PlotlyStyle.Annotation(direction.In(language), Position(1), Position(1), "paper", "paper")
            .With("xanchor", "right").With("yanchor", "bottom").With("yshift", 6L).With("showarrow", false)
            .With("font", PlotlyStyle.Font(12, weight: 700)));

        var unit = language == Language.Ja ? $"単位：{chart.Unit.Ja}" : $"Unit: {chart.Unit.In(language)}";
        var layout = new Layout()
            .With("font", PlotlyStyle.SiteFont())
            .With("height", 400L)
            .With("autosize", true)
            .With("margin", PlotlyStyle.Margin(64, 16, 36, 40))
            .With("showlegend", true)
            .With("legend", PlotlyStyle.Legend(-0.14, "top"))
            .With("hovermode", "closest")
            .With("separators", ".,")
            .With("paper_bgcolor", "#ffffff")
            .With("plot_bgcolor", "#ffffff")
            .With("xaxis", new LinearAxis()
                .With("type", "linear")
                .With("range", Numbers([first - 0.5, last + 0.5]))
                // Plotly spaces year ticks by the width it gets: every year on a screen, fewer on a phone.
                .With("tickmode", "auto")
                .With("tickformat", "d")
                .With("nticks", years.Count)
                .With("showgrid", false)
                .With("zeroline", false)
                .With("showline", true)
                .With("linecolor", ChartPalette.Axis)
                .With("fixedrange", true))
            .With("yaxis", new LinearAxis()
                .With("title", PlotlyStyle.AxisTitle(unit, PlotlyStyle.Font(12, ChartPalette.Muted)))
                .With("range", Numbers([scale.Min, scale.Max]))
                .With("tickmode", "array")
                .With("tickvals", Numbers(scale.Ticks))
                .With("ticktext", scale.Ticks.Select(t => ChartFormat.Number((decimal)t, scale.Decimals)).ToArray())
                .With("gridcolor", ChartPalette.Grid)
                .With("zeroline", false)
                .With("fixedrange", true)
                .With("automargin", true))
            .With("shapes", shapes.ToArray())
            .With("annotations", annotations.ToArray());
        return PlotlyFigures.Chart(traces, layout);
    }
}
