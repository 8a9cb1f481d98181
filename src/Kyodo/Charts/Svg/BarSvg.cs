using Kyodo.Model;

namespace Kyodo.Charts.Svg;

/// <summary>
/// Draws horizontal bars: each panel with its own scale from zero, categories down the side, the value of each
/// bar written beside it (stacked bars: each part inside when it fits, the total at the end).
/// </summary>
internal static class BarSvg
{
    public static string Render(BarChart chart, Language language, SvgSize size, string id)
    {
        var fs = size.FontSize;
        var small = size.Small;
        var W = size.Width;
        var grouped = chart.Layout == BarLayout.Grouped;
        var seriesCount = grouped ? Math.Max(1, chart.Panels.SelectMany(p => p.Categories).Max(c => c.Values.Count)) : 1;
        var barHeight = grouped ? (seriesCount > 2 ? 11.0 : 16.0) : 20.0;
        var valueFont = grouped && seriesCount > 2 ? small - 1 : small;
        var barGap = 2.0;
        var categoryPad = grouped && seriesCount > 1 ? 10.0 : 8.0;
        var showTicks = chart.Panels.Count == 1;

        var labelWidth = Math.Min(chart.Panels.SelectMany(p => p.Categories).Max(c => TextMetrics.Width(c.Label.In(language), small)) + 14, W * (size.IsNarrow ? 0.34 : 0.3));
        var labelLines = chart.Panels.SelectMany(p => p.Categories).ToDictionary(c => c, c => TextMetrics.Wrap(c.Label.In(language), labelWidth - 14, small, 2));
        var valueReserve = chart.Panels.SelectMany(p => p.Categories.SelectMany(c => ValueTexts(chart, c))).Select(t => TextMetrics.Width(t, valueFont)).DefaultIfEmpty(0).Max() + 8;
        var barLeft = labelWidth;
        var barRight = W - Math.Min(valueReserve, W * 0.3) - 4;

        // Layout pass: panel titles, rows and heights.
        var legendItems = chart.Series.Count > 1 || chart.Series.Any(s => s.Pattern != BarPattern.Solid)
            ? chart.Series.Select(s => ((Action<SvgBuilder, double, double>)((b, x, y) => Swatch(b, id, s, x, y)), s.Label.In(language))).ToList()
            : [];
        var legendHeight = SvgParts.Legend(new SvgBuilder(), size, 0, 0, W, legendItems);
        var y = legendHeight > 0 ? legendHeight + 8 : 4;
        var plan = new List<(BarPanel Panel, IReadOnlyList<string> Title, double Top, double RowsTop, double Bottom, AxisScale Scale)>();
        foreach (var panel in chart.Panels)
        {
            var title = panel.Title is null ? [] : TextMetrics.Wrap(panel.Title.In(language) + UnitSuffix(panel, language), W, fs, 3);
            var top = y;
            var rowsTop = top + title.Count * (fs + 5) + (title.Count > 0 ? 4 : 0);
            var rows = panel.Categories.Sum(c => RowHeight(chart, c, labelLines[c].Count, barHeight, barGap, categoryPad, small));
            var bottom = rowsTop + rows;
            var max = panel.Categories.Select(c => grouped ? c.Values.Select(v => (double)v.Value).DefaultIfEmpty(0).Max() : (double)c.Total).DefaultIfEmpty(0).Max();
            var scale = AxisScale.For([max], fromZero: true, integers: panel.Categories.SelectMany(c => c.Values).All(v => v.Value == decimal.Truncate(v.Value)), targetTicks: size.IsNarrow ? 4 : 6);
            plan.Add((panel, title, top, rowsTop, bottom, scale));
            y = bottom + (showTicks ? small + 14 : 14);
        }
        var height = y + 4;

        var svg = new SvgBuilder();
        SvgParts.OpenRoot(svg, id, size, height, chart.Title.In(language), ChartText.Describe(chart, language));
        SvgParts.Patterns(svg, id, chart.Series);
        if (legendItems.Count > 0) SvgParts.Legend(svg, size, 4, 0, W, legendItems);

        foreach (var (panel, title, top, rowsTop, bottom, scale) in plan)
        {
            double X(double v) => barLeft + scale.Fraction(v) * (barRight - barLeft);
            for (var i = 0; i < title.Count; i++)
            {
                svg.Text("text", title[i], ("x", "0"), ("y", ChartFormat.Coordinate(top + (i + 1) * (fs + 5) - 4)), ("font-weight", "700"));
            }
            if (showTicks)
            {
                foreach (var tick in scale.Ticks)
                {
                    var x = X(tick);
                    svg.Empty("line", ("x1", ChartFormat.Coordinate(x)), ("y1", ChartFormat.Coordinate(rowsTop)), ("x2", ChartFormat.Coordinate(x)), ("y2", ChartFormat.Coordinate(bottom)),
                        ("stroke", ChartPalette.Grid));
                    svg.Text("text", ChartFormat.Number((decimal)tick, scale.Decimals), ("x", ChartFormat.Coordinate(x)), ("y", ChartFormat.Coordinate(bottom + small + 4)),
                        ("text-anchor", "middle"), ("font-size", ChartFormat.Coordinate(small)), ("fill", ChartPalette.Muted));
                }
                var unit = panel.Unit.In(language);
                if (unit.Length > 0)
                {
                    svg.Text("text", language == Language.Ja ? $"（{unit}）" : $"({unit})", ("x", ChartFormat.Coordinate(barLeft - 6)), ("y", ChartFormat.Coordinate(bottom + small + 4)),
                        ("text-anchor", "end"), ("font-size", ChartFormat.Coordinate(small)), ("fill", ChartPalette.Muted));
                }
            }

            var rowTop = rowsTop;
            foreach (var category in panel.Categories)
            {
                var lines = labelLines[category];
                var rowHeight = RowHeight(chart, category, lines.Count, barHeight, barGap, categoryPad, small);
                var barsHeight = grouped ? category.Values.Count * barHeight + Math.Max(0, category.Values.Count - 1) * barGap : barHeight;
                var barsTop = rowTop + (rowHeight - barsHeight) / 2;
                var labelTop = rowTop + rowHeight / 2 - (lines.Count - 1) * (small + 2) / 2 + small * 0.35;
                for (var i = 0; i < lines.Count; i++)
                {
                    svg.Text("text", lines[i], ("x", ChartFormat.Coordinate(barLeft - 7)), ("y", ChartFormat.Coordinate(labelTop + i * (small + 2))), ("text-anchor", "end"), ("font-size", ChartFormat.Coordinate(small)));
                }
                if (grouped)
                {
                    var barTop = barsTop;
                    foreach (var value in category.Values)
                    {
                        var series = chart.SeriesOf(value.Series);
                        var x1 = X((double)value.Value);
                        Bar(svg, id, series, barLeft, barTop, x1 - barLeft, barHeight);
                        var text = ChartFormat.Number(value.Value);
                        SvgParts.Label(svg, text, x1 + 4, barTop + barHeight / 2 + valueFont * 0.35, valueFont);
                        barTop += barHeight + barGap;
                    }
                }
                else
                {
                    var start = 0.0;
                    foreach (var value in category.Values.Where(v => v.Value > 0))
                    {
                        var series = chart.SeriesOf(value.Series);
                        var x0 = X(start);
                        var x1 = X(start + (double)value.Value);
                        Bar(svg, id, series, x0, barsTop, x1 - x0, barHeight);
                        var text = ChartFormat.Number(value.Value);
                        if (TextMetrics.Width(text, small) + 6 <= x1 - x0)
                        {
                            SvgParts.LabelOn(svg, series, text, (x0 + x1) / 2, barsTop + barHeight / 2 + small * 0.35, small);
                        }
                        start += (double)value.Value;
                    }
                    var total = ChartFormat.Number(category.Total);
                    SvgParts.Label(svg, total, X(start) + 5, barsTop + barHeight / 2 + small * 0.35, small, bold: true);
                }
                rowTop += rowHeight;
            }
            svg.Empty("line", ("x1", ChartFormat.Coordinate(barLeft)), ("y1", ChartFormat.Coordinate(rowsTop)), ("x2", ChartFormat.Coordinate(barLeft)), ("y2", ChartFormat.Coordinate(bottom)),
                ("stroke", ChartPalette.Axis), ("stroke-width", "1.5"));
        }
        svg.Close();
        return svg.ToString();
    }

    private static double RowHeight(BarChart chart, BarCategory category, int labelLines, double barHeight, double barGap, double pad, double small)
    {
        var bars = chart.Layout == BarLayout.Grouped ? category.Values.Count * barHeight + Math.Max(0, category.Values.Count - 1) * barGap : barHeight;
        var label = labelLines * (small + 2);
        return Math.Max(bars, label) + pad;
    }

    /// <summary>Values are written as bare numbers: the unit is in the panel's title or under the axis.</summary>
    private static IEnumerable<string> ValueTexts(BarChart chart, BarCategory category) =>
        chart.Layout == BarLayout.Grouped
            ? category.Values.Select(v => ChartFormat.Number(v.Value))
            : [ChartFormat.Number(category.Total)];

    private static string UnitSuffix(BarPanel panel, Language language)
    {
        var unit = panel.Unit.In(language);
        if (unit.Length == 0) return "";
        return language == Language.Ja ? $"（単位：{unit}）" : $" (unit: {unit})";
    }

    private static void Bar(SvgBuilder svg, string id, BarSeries series, double x, double y, double width, double height)
    {
        if (width <= 0) return;
        svg.Empty("rect", ("x", ChartFormat.Coordinate(x)), ("y", ChartFormat.Coordinate(y)), ("width", ChartFormat.Coordinate(width)), ("height", ChartFormat.Coordinate(height)),
            ("fill", SvgParts.Fill(id, series)), ("stroke", SvgParts.Stroke(series) ?? "#ffffff"), ("stroke-width", "1"));
    }

    private static void Swatch(SvgBuilder svg, string id, BarSeries series, double x, double y) =>
        svg.Empty("rect", ("x", ChartFormat.Coordinate(x - 7)), ("y", ChartFormat.Coordinate(y - 7)), ("width", "14"), ("height", "14"),
            ("fill", SvgParts.Fill(id, series)), ("stroke", SvgParts.Stroke(series) ?? series.Colour), ("stroke-width", "1"));
}
