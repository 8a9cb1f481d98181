
namespace Kyodo.Charts.Svg;

/// <summary>What every chart SVG shares: the root element with its accessible name and description, and legends.</summary>
internal static class SvgParts
{
    public static void OpenRoot(SvgBuilder svg, string id, SvgSize size, double height, string title, string description)
    {
        var w = ChartFormat.Coordinate(size.Width);
        var h = ChartFormat.Coordinate(height);
        svg.Open("svg",
            ("xmlns", "http://www.w3.org/2000/svg"),
            ("viewBox", $"0 0 {w} {h}"),
            ("width", w),
            ("height", h),
            ("class", "chart-svg chart-svg-" + size.Name),
            ("role", "img"),
            ("aria-labelledby", $"{id}-title {id}-desc"),
            ("font-family", SvgSize.FontFamily),
            ("font-size", ChartFormat.Coordinate(size.FontSize)),
            ("fill", ChartPalette.Ink));
        svg.Text("title", title, ("id", id + "-title"));
        svg.Text("desc", description, ("id", id + "-desc"));
        svg.Empty("rect", ("width", w), ("height", h), ("fill", "#ffffff"));
    }

    /// <summary>Hatch and dot patterns for bars that must not be told apart by colour alone.</summary>
    public static void Patterns(SvgBuilder svg, string id, IEnumerable<BarSeries> series)
    {
        var patterned = series.Where(s => s.Pattern != BarPattern.Solid).ToList();
        if (patterned.Count == 0) return;
        svg.Open("defs");
        foreach (var s in patterned)
        {
            var pid = PatternId(id, s);
            switch (s.Pattern)
            {
                case BarPattern.Hatched:
                    svg.Open("pattern", ("id", pid), ("width", "6"), ("height", "6"), ("patternUnits", "userSpaceOnUse"), ("patternTransform", "rotate(45)"));
                    svg.Empty("rect", ("width", "6"), ("height", "6"), ("fill", s.Colour));
                    svg.Empty("line", ("x1", "0"), ("y1", "0"), ("x2", "0"), ("y2", "6"), ("stroke", "#ffffff"), ("stroke-width", "2.2"));
                    svg.Close();
                    break;
                case BarPattern.Dotted:
                    svg.Open("pattern", ("id", pid), ("width", "5"), ("height", "5"), ("patternUnits", "userSpaceOnUse"));
                    svg.Empty("rect", ("width", "5"), ("height", "5"), ("fill", "#ffffff"));
                    svg.Empty("circle", ("cx", "2.5"), ("cy", "2.5"), ("r", "1.3"), ("fill", s.Colour));
                    svg.Close();
                    break;
                case BarPattern.Outline:
                    svg.Open("pattern", ("id", pid), ("width", "7"), ("height", "7"), ("patternUnits", "userSpaceOnUse"), ("patternTransform", "rotate(-45)"));
                    svg.Empty("rect", ("width", "7"), ("height", "7"), ("fill", "#ffffff"));
                    svg.Empty("line", ("x1", "0"), ("y1", "0"), ("x2", "0"), ("y2", "7"), ("stroke", s.Colour), ("stroke-width", "1.5"));
                    svg.Close();
                    break;
            }
        }
        svg.Close();
    }

    public static string PatternId(string id, BarSeries s) => $"{id}-p-{s.Key}";

    public static string Fill(string id, BarSeries s) => s.Pattern == BarPattern.Solid ? s.Colour : $"url(#{PatternId(id, s)})";

    /// <summary>The outline a bar gets so that light or patterned fills keep a visible edge.</summary>
    public static string? Stroke(BarSeries s) => s.Pattern == BarPattern.Solid ? null : s.Colour;

    /// <summary>Lays legend items out in rows; returns the height used.</summary>
    public static double Legend(SvgBuilder svg, SvgSize size, double top, double left, double right, IReadOnlyList<(Action<SvgBuilder, double, double> Swatch, string Label)> items)
    {
        if (items.Count == 0) return 0;
        var fs = size.Small;
        var rowHeight = fs + 8;
        var x = left;
        var y = top + rowHeight / 2;
        foreach (var (swatch, label) in items)
        {
            var width = 22 + TextMetrics.Width(label, fs) + 14;
            if (x > left && x + width > right)
            {
                x = left;
                y += rowHeight;
            }
            swatch(svg, x + 8, y);
            svg.Text("text", label, ("x", ChartFormat.Coordinate(x + 20)), ("y", ChartFormat.Coordinate(y + fs * 0.35)), ("font-size", ChartFormat.Coordinate(fs)));
            x += width;
        }
        return y + rowHeight / 2 - top;
    }

    /// <summary>White text on a dark solid fill, dark text with a halo on anything lighter or patterned.</summary>
    public static void LabelOn(SvgBuilder svg, BarSeries series, string text, double x, double y, double fontSize)
    {
        if (series.Pattern == BarPattern.Solid && Luminance(series.Colour) < 0.3)
        {
            svg.Text("text", text, ("x", ChartFormat.Coordinate(x)), ("y", ChartFormat.Coordinate(y)), ("font-size", ChartFormat.Coordinate(fontSize)),
                ("text-anchor", "middle"), ("font-weight", "700"), ("fill", "#ffffff"));
            return;
        }
        Label(svg, text, x, y, fontSize, "middle", bold: true);
    }

    /// <summary>Relative luminance of a "#rrggbb" colour (WCAG's formula).</summary>
    public static double Luminance(string colour)
    {
        if (colour.Length != 7 || colour[0] != '#') return 1;
        double Channel(int i)
        {
            var c = int.Parse(colour.AsSpan(i, 2), System.Globalization.NumberStyles.HexNumber, System.Globalization.CultureInfo.InvariantCulture) / 255.0;
            return c <= 0.03928 ? c / 12.92 : Math.Pow((c + 0.055) / 1.055, 2.4);
        }
        return 0.2126 * Channel(1) + 0.7152 * Channel(3) + 0.0722 * Channel(5);
    }

    /// <summary>A text with a white halo, readable over lines, bars and patterns.</summary>
    public static void Label(SvgBuilder svg, string text, double x, double y, double fontSize, string anchor = "start", string fill = ChartPalette.Ink, bool bold = false) =>
        svg.Text("text", text,
            ("x", ChartFormat.Coordinate(x)),
            ("y", ChartFormat.Coordinate(y)),
            ("font-size", ChartFormat.Coordinate(fontSize)),
            ("text-anchor", anchor == "start" ? null : anchor),
            ("font-weight", bold ? "700" : null),
            ("fill", fill == ChartPalette.Ink ? null : fill),
            ("stroke", "#ffffff"),
            ("stroke-width", "3"),
            ("stroke-linejoin", "round"),
            ("paint-order", "stroke"));
}
