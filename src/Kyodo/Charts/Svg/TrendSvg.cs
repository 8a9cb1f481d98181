using Kyodo.Localization;
using Kyodo.Model;

namespace Kyodo.Charts.Svg;

/// <summary>
/// Draws an indicator's chart: values by year as points joined only across consecutive reported years of the
/// same method, gaps as empty years with their reason, the target in its year, superseded targets hollow,
/// method breaks as a cut with a label, the better direction and the unit in words.
/// </summary>
internal static class TrendSvg
{
    public static string Render(TrendChart chart, Language language, SvgSize size, string id)
    {
        var fs = size.FontSize;
        var small = size.Small;
        var W = size.Width;
        var reported = chart.Reported.ToList();
        var scale = Scale(chart);
        var tickLabels = scale.Ticks.Select(t => ChartFormat.Number((decimal)t, scale.Decimals)).ToList();

        var left = Math.Ceiling(tickLabels.Max(l => TextMetrics.Width(l, small)) + 10);
        var right = W - 14;
        // Header line (unit, direction), then a line for break labels above the plot, then the plot.
        var top = fs + 10.0 + (chart.Breaks.Count > 0 ? small + 8 : 12);
        var plotHeight = size.PlotHeight;
        var bottom = top + plotHeight;
        var first = chart.FirstYear;
        var last = chart.LastYear;
        var slot = (right - left) / (last - first + 1);
        double X(int year) => left + (year - first + 0.5) * slot;
        double Y(decimal value) => bottom - scale.Fraction((double)value) * plotHeight;

        var legend = LegendItems(chart, language, size);
        var legendTop = bottom + small * 2 + 22;
        var legendHeight = MeasureLegend(size, W, legend);
        var height = legendTop + legendHeight + 8;

        var svg = new SvgBuilder();
        SvgParts.OpenRoot(svg, id, size, height, chart.Title.In(language), ChartText.Describe(chart, language));

        // Unit and direction: the two things a reader needs before reading any value.
        svg.Text("text", UnitLabel(chart, language), ("x", "0"), ("y", ChartFormat.Coordinate(fs + 2)), ("font-size", ChartFormat.Coordinate(small)), ("fill", ChartPalette.Muted));
        var direction = chart.IsMonitoring ? Ui.ChartMonitoring : chart.Direction == Direction.Increase ? Ui.ChartHigherIsBetter : Ui.ChartLowerIsBetter;
        svg.Text("text", direction.In(language), ("x", ChartFormat.Coordinate(right)), ("y", ChartFormat.Coordinate(fs + 2)), ("text-anchor", "end"), ("font-size", ChartFormat.Coordinate(small)), ("font-weight", "700"));

        // Grid and value axis.
        for (var i = 0; i < scale.Ticks.Count; i++)
        {
            var y = bottom - scale.Fraction(scale.Ticks[i]) * plotHeight;
            svg.Empty("line", ("x1", ChartFormat.Coordinate(left)), ("y1", ChartFormat.Coordinate(y)), ("x2", ChartFormat.Coordinate(right)), ("y2", ChartFormat.Coordinate(y)),
                ("stroke", i == 0 ? ChartPalette.Axis : ChartPalette.Grid), ("stroke-width", "1"));
            svg.Text("text", tickLabels[i], ("x", ChartFormat.Coordinate(left - 6)), ("y", ChartFormat.Coordinate(y + small * 0.35)), ("text-anchor", "end"), ("font-size", ChartFormat.Coordinate(small)), ("fill", ChartPalette.Muted));
        }

        // Years: a tick for each, a label for each where a slightly smaller type makes room, else every other year.
        var yearFont = small;
        while (TextMetrics.Width("2020", yearFont) + 5 > slot && yearFont > small - 2) yearFont -= 0.5;
        var every = TextMetrics.Width("2020", yearFont) + 5 <= slot ? 1 : 2;
        for (var year = first; year <= last; year++)
        {
            var x = X(year);
            svg.Empty("line", ("x1", ChartFormat.Coordinate(x)), ("y1", ChartFormat.Coordinate(bottom)), ("x2", ChartFormat.Coordinate(x)), ("y2", ChartFormat.Coordinate(bottom + 4)), ("stroke", ChartPalette.Axis));
            var isBaseline = chart.Points.Any(p => p.Year == year && p.IsBaseline);
            if ((year - first) % every == 0)
            {
                svg.Text("text", ChartFormat.Int(year), ("x", ChartFormat.Coordinate(x)), ("y", ChartFormat.Coordinate(bottom + small + 6)), ("text-anchor", "middle"), ("font-size", ChartFormat.Coordinate(yearFont)));
            }
            if (isBaseline)
            {
                svg.Text("text", Ui.Baseline.In(language), ("x", ChartFormat.Coordinate(x)), ("y", ChartFormat.Coordinate(bottom + small * 2 + 8)), ("text-anchor", "middle"), ("font-size", ChartFormat.Coordinate(small - 1)), ("fill", ChartPalette.Muted));
            }
        }
        svg.Text("text", Ui.FiscalYear.In(language), ("x", ChartFormat.Coordinate(right)), ("y", ChartFormat.Coordinate(bottom + small * 2 + 8)), ("text-anchor", "end"), ("font-size", ChartFormat.Coordinate(small - 1)), ("fill", ChartPalette.Muted));

        // Gaps: the year stays empty, with its reason written up the column.
        foreach (var gap in chart.Gaps)
        {
            var x = X(gap.Year);
            svg.Empty("line", ("x1", ChartFormat.Coordinate(x)), ("y1", ChartFormat.Coordinate(top)), ("x2", ChartFormat.Coordinate(x)), ("y2", ChartFormat.Coordinate(bottom)),
                ("stroke", ChartPalette.Gap), ("stroke-width", "1"), ("stroke-dasharray", "1 4"));
            var text = Ui.ChartGapShort(gap.State).In(language);
            svg.Text("text", text, ("x", ChartFormat.Coordinate(x + small * 0.35)), ("y", ChartFormat.Coordinate(bottom - 6)),
                ("transform", $"rotate(-90 {ChartFormat.Coordinate(x + small * 0.35)} {ChartFormat.Coordinate(bottom - 6)})"),
                ("font-size", ChartFormat.Coordinate(small - 1)), ("fill", ChartPalette.Muted),
                ("stroke", "#ffffff"), ("stroke-width", "3"), ("stroke-linejoin", "round"), ("paint-order", "stroke"));
        }

        // Method breaks: a cut between the years, labelled.
        foreach (var b in chart.Breaks)
        {
            var x = X(b.Year) - slot / 2;
            svg.Empty("line", ("x1", ChartFormat.Coordinate(x)), ("y1", ChartFormat.Coordinate(top - small - 4)), ("x2", ChartFormat.Coordinate(x)), ("y2", ChartFormat.Coordinate(bottom)),
                ("stroke", ChartPalette.Ink), ("stroke-width", "1.5"), ("stroke-dasharray", "6 3"));
            SvgParts.Label(svg, Ui.ChartMethodChanged.In(language), x + 4, top - 5, small, bold: true);
        }

        // Targets: a guide at the current target's level, and each target as a diamond in its year.
        var current = chart.Targets.Where(t => t.IsCurrent).ToList();
        foreach (var t in current)
        {
            var y = Y(t.Value);
            svg.Empty("line", ("x1", ChartFormat.Coordinate(left)), ("y1", ChartFormat.Coordinate(y)), ("x2", ChartFormat.Coordinate(right)), ("y2", ChartFormat.Coordinate(y)),
                ("stroke", ChartPalette.Target), ("stroke-width", "1"), ("stroke-dasharray", "2 4"), ("stroke-opacity", "0.7"));
        }

        // The series: joined only between consecutive reported years of one method.
        var lastSegment = chart.Breaks.Count;
        for (var i = 1; i < chart.Points.Count; i++)
        {
            var a = chart.Points[i - 1];
            var b = chart.Points[i];
            if (a.Value is not { } va || b.Value is not { } vb || a.Segment != b.Segment) continue;
            var old = a.Segment < lastSegment;
            svg.Empty("line", ("x1", ChartFormat.Coordinate(X(a.Year))), ("y1", ChartFormat.Coordinate(Y(va))), ("x2", ChartFormat.Coordinate(X(b.Year))), ("y2", ChartFormat.Coordinate(Y(vb))),
                ("stroke", old ? ChartPalette.OldMethod : ChartPalette.Series), ("stroke-width", "2.5"), ("stroke-dasharray", old ? "5 4" : null));
        }
        foreach (var p in reported)
        {
            var old = p.Segment < lastSegment;
            svg.Empty("circle", ("cx", ChartFormat.Coordinate(X(p.Year))), ("cy", ChartFormat.Coordinate(Y(p.Value!.Value))), ("r", "5"),
                ("fill", old ? "#ffffff" : ChartPalette.Series), ("stroke", old ? ChartPalette.OldMethod : ChartPalette.Series), ("stroke-width", "2"));
        }

        // Value labels: every point when they fit, otherwise the first and the latest.
        var labels = reported.Select(p => (Point: p, Text: ChartText.ValueText(chart, p.Value!.Value, p.IsRounded, language))).ToList();
        var fitsAll = labels.All(l => TextMetrics.Width(l.Text, small) + 4 < slot);
        foreach (var (p, text) in labels)
        {
            if (!fitsAll && p != reported[0] && p != reported[^1]) continue;
            var y = Y(p.Value!.Value);
            var above = y - top > small + 10;
            var anchor = X(p.Year) + TextMetrics.Width(text, small) / 2 > right ? "end" : X(p.Year) - TextMetrics.Width(text, small) / 2 < left ? "start" : "middle";
            SvgParts.Label(svg, text, X(p.Year), above ? y - 10 : y + small + 10, small, anchor, bold: p == reported[^1]);
        }

        // Target markers and labels, kept apart vertically when they are close.
        var targetLabels = new List<(double Y, string Text, bool Current)>();
        foreach (var t in chart.Targets.OrderByDescending(t => t.IsCurrent))
        {
            var x = X(t.Year);
            var y = Y(t.Value);
            Diamond(svg, x, y, 7, t.IsCurrent ? ChartPalette.Target : "#ffffff", t.IsCurrent ? ChartPalette.Target : ChartPalette.Superseded);
            var value = ChartFormat.Value(t.Value, chart.Decimals, chart.Unit);
            var text = t.IsCurrent ? Ui.ChartTargetLabel(value).In(language)
                : size.IsNarrow ? Ui.ChartSupersededShort(value).In(language) : Ui.ChartSupersededLabel(value, t.SupersededIn).In(language);
            if (t.IsRounded) text = text.Replace(ChartFormat.Number(t.Value, chart.Decimals), "≈" + ChartFormat.Number(t.Value, chart.Decimals), StringComparison.Ordinal);
            targetLabels.Add((y, text, t.IsCurrent));
        }
        // A label sits left of its marker when that leaves the latest value clear, otherwise above the marker.
        var latestRight = reported.Count > 0
            ? X(reported[^1].Year) + Bold * TextMetrics.Width(ChartText.ValueText(chart, reported[^1].Value!.Value, reported[^1].IsRounded, language), small) / 2 + 10
            : left;
        var beside = targetLabels.Select((l, i) => X(chart.Targets.OrderByDescending(t => t.IsCurrent).ElementAt(i).Year) - 11 - Bold * TextMetrics.Width(l.Text, small) >= latestRight).ToList();
        var currentY = targetLabels.Where(l => l.Current).Select(l => l.Y).DefaultIfEmpty(double.NaN).First();
        var wishes = targetLabels.Select((l, i) => beside[i] ? l.Y + small * 0.35 : !l.Current && l.Y > currentY ? l.Y + small + 8 : l.Y - 11).ToList();
        var placed = Spread(wishes, small + 3, beside.All(x => x) ? top + small : top - 2, bottom - 2);
        var labelIndex = 0;
        foreach (var t in chart.Targets.OrderByDescending(t => t.IsCurrent))
        {
            var (_, text, isCurrent) = targetLabels[labelIndex];
            var x = beside[labelIndex] ? X(t.Year) - 11 : Math.Min(X(t.Year) + 8, W - 1);
            SvgParts.Label(svg, text, x, placed[labelIndex], small, "end", isCurrent ? ChartPalette.Ink : ChartPalette.Muted, bold: isCurrent);
            labelIndex++;
        }

        // Legend.
        var legendLeft = 0.0;
        DrawLegend(svg, size, legendTop, legendLeft, W, legend);
        svg.Close();
        return svg.ToString();
    }

    /// <summary>Bold type runs wider than the estimates of <see cref="TextMetrics"/>.</summary>
    private const double Bold = 1.1;

    /// <summary>The value axis: every value and target inside it.</summary>
    internal static AxisScale Scale(TrendChart chart)
    {
        var values = chart.Reported.Select(p => p.Value!.Value).Concat(chart.Targets.Select(t => t.Value)).ToList();
        return AxisScale.For(values.Select(v => (double)v), fromZero: false, integers: chart.Decimals == 0 && values.All(v => v == decimal.Truncate(v)));
    }

    private static string UnitLabel(TrendChart chart, Language language) =>
        language == Language.Ja ? $"（単位：{chart.Unit.Ja}）" : $"(unit: {chart.Unit.In(language)})";

    private static void Diamond(SvgBuilder svg, double x, double y, double r, string fill, string stroke) =>
        svg.Empty("path", ("d", $"M{ChartFormat.Coordinate(x)} {ChartFormat.Coordinate(y - r)}L{ChartFormat.Coordinate(x + r)} {ChartFormat.Coordinate(y)}L{ChartFormat.Coordinate(x)} {ChartFormat.Coordinate(y + r)}L{ChartFormat.Coordinate(x - r)} {ChartFormat.Coordinate(y)}Z"),
            ("fill", fill), ("stroke", stroke), ("stroke-width", "2"));

    /// <summary>Positions at least <paramref name="gap"/> apart, each as close to its wish as the bounds allow.</summary>
    internal static IReadOnlyList<double> Spread(IReadOnlyList<double> wishes, double gap, double min, double max)
    {
        var order = wishes.Select((y, i) => (y, i)).OrderBy(p => p.y).ToList();
        var result = new double[wishes.Count];
        var previous = double.NegativeInfinity;
        foreach (var (y, i) in order)
        {
            var placed = Math.Max(Math.Max(y, min), previous + gap);
            result[i] = placed;
            previous = placed;
        }
        var next = double.PositiveInfinity;
        for (var k = order.Count - 1; k >= 0; k--)
        {
            var i = order[k].i;
            result[i] = Math.Min(result[i], Math.Min(max, next - gap));
            next = result[i];
        }
        return result;
    }

    private static List<(Action<SvgBuilder, double, double> Swatch, string Label)> LegendItems(TrendChart chart, Language language, SvgSize size)
    {
        var items = new List<(Action<SvgBuilder, double, double>, string)>
        {
            ((s, x, y) => { Line(s, x, y, ChartPalette.Series, null); s.Empty("circle", ("cx", ChartFormat.Coordinate(x)), ("cy", ChartFormat.Coordinate(y)), ("r", "4"), ("fill", ChartPalette.Series)); }, Ui.ChartValues.In(language)),
        };
        if (chart.Breaks.Count > 0)
        {
            items.Add(((s, x, y) => { Line(s, x, y, ChartPalette.OldMethod, "4 3"); s.Empty("circle", ("cx", ChartFormat.Coordinate(x)), ("cy", ChartFormat.Coordinate(y)), ("r", "4"), ("fill", "#ffffff"), ("stroke", ChartPalette.OldMethod), ("stroke-width", "2")); }, Ui.ChartOldMethod.In(language)));
        }
        if (chart.Targets.Any(t => t.IsCurrent))
        {
            items.Add(((s, x, y) => Diamond(s, x, y, 5.5, ChartPalette.Target, ChartPalette.Target), Ui.ChartTarget.In(language)));
        }
        if (chart.Targets.Any(t => !t.IsCurrent))
        {
            items.Add(((s, x, y) => Diamond(s, x, y, 5.5, "#ffffff", ChartPalette.Superseded), Ui.ChartSupersededTarget.In(language)));
        }
        if (chart.Gaps.Any())
        {
            items.Add(((s, x, y) => s.Empty("line", ("x1", ChartFormat.Coordinate(x)), ("y1", ChartFormat.Coordinate(y - 7)), ("x2", ChartFormat.Coordinate(x)), ("y2", ChartFormat.Coordinate(y + 7)),
                ("stroke", ChartPalette.Gap), ("stroke-dasharray", "1 3")), Ui.ChartNoValue.In(language)));
        }
        return items;
    }

    private static void Line(SvgBuilder s, double x, double y, string colour, string? dash) =>
        s.Empty("line", ("x1", ChartFormat.Coordinate(x - 8)), ("y1", ChartFormat.Coordinate(y)), ("x2", ChartFormat.Coordinate(x + 8)), ("y2", ChartFormat.Coordinate(y)),
            ("stroke", colour), ("stroke-width", "2"), ("stroke-dasharray", dash));

    private static double MeasureLegend(SvgSize size, double width, List<(Action<SvgBuilder, double, double> Swatch, string Label)> items) =>
        SvgParts.Legend(new SvgBuilder(), size, 0, 0, width, items);

    private static void DrawLegend(SvgBuilder svg, SvgSize size, double top, double left, double right, List<(Action<SvgBuilder, double, double> Swatch, string Label)> items) =>
        SvgParts.Legend(svg, size, top, left, right, items);
}
