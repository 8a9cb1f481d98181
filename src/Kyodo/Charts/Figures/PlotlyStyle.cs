using Plotly.NET;
using Plotly.NET.LayoutObjects;
using Plotly.NET.TraceObjects;
using static Kyodo.Charts.Figures.FigureJson;

namespace Kyodo.Charts.Figures;

/// <summary>
/// Plotly.NET objects for the settings every Kyodo figure shares with the site's look. Attributes are set in
/// the order figure.json has always listed them, so that the published text stays the same.
/// </summary>
internal static class PlotlyStyle
{
    public static Font SiteFont() => Font(size: 13, color: ChartPalette.Ink, family: Svg.SvgSize.FontFamily);

    public static Font Font(double size, string? color = null, int? weight = null, string? family = null) =>
        new Font().With("family", family).With("size", Number(size)).With("color", color).With("weight", weight);

    public static Line Line(string? color, double? width = null, string? dash = null) =>
        new Line().With("color", color).With("width", width is { } w ? Number(w) : null).With("dash", dash);

    public static Title AxisTitle(string text, Font font) => new Title().With("text", text).With("font", font);

    public static Margin Margin(double left, double right, double top, double bottom) =>
        new Margin().With("l", Number(left)).With("r", Number(right)).With("t", Number(top)).With("b", Number(bottom));

    /// <summary>A horizontal legend at the left edge, <paramref name="y"/> in paper units.</summary>
    public static Legend Legend(double y, string yAnchor) =>
        new Legend().With("orientation", "h").With("x", 0L).With("y", Number(y)).With("xanchor", "left")
            .With("yanchor", yAnchor);

    /// <summary>A text on the plot; further attributes follow in Plotly's order (anchors, shifts, font).</summary>
    public static Annotation Annotation(string text, object x, object y, string xRef, string yRef) =>
        new Annotation().With("text", text).With("x", x).With("y", y).With("xref", xRef).With("yref", yRef);

    /// <summary>A line across the plot (a target level, a gap, a method break).</summary>
    public static Shape LineShape(string xRef, string yRef, double x0, double x1, double y0, double y1, Line line,
        string? layer) =>
        new Shape().With("type", "line").With("xref", xRef).With("yref", yRef)
            .With("x0", Number(x0)).With("x1", Number(x1)).With("y0", Number(y0)).With("y1", Number(y1))
            .With("line", line).With("layer", layer);

    /// <summary>Plotly's fill patterns for Kyodo's bar patterns.</summary>
    public static Pattern? PatternOf(BarSeries series) => series.Pattern switch
    {
        BarPattern.Hatched => Pattern("/", "#ffffff", series.Colour, "overlay", 7, 0.3),
        BarPattern.Dotted => Pattern(".", series.Colour, "#ffffff", "replace", 5, 0.4),
        BarPattern.Outline => Pattern("\\", series.Colour, "#ffffff", "replace", 7, 0.2),
        _ => null,
    };

    private static Pattern Pattern(string shape, string fg, string bg, string fill, double size, double solidity) =>
        new Pattern().With("shape", shape).With("fgcolor", fg).With("bgcolor", bg).With("fillmode", fill)
            .With("size", Number(size)).With("solidity", Number(solidity));

    /// <summary>How the chart behaves: it follows the width of its box and offers no zooming that fights scrolling.</summary>
    public static Config Config() =>
        new Config().With("responsive", true).With("displayModeBar", false).With("displaylogo", false)
            .With("scrollZoom", false).With("doubleClick", false);
}
