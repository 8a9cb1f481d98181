using System.Text.Json.Serialization;

namespace Kyodo.Charts.Plotly;

// The parts of Plotly's figure schema (https://plotly.com/javascript/reference/) that Kyodo's charts use,
// as typed records. Property names are Plotly's; null properties are left out of the JSON.

/// <summary>A Plotly figure: the traces, the layout and the configuration, as Plotly.newPlot takes them.</summary>
public sealed record Figure(
    [property: JsonPropertyName("data")] IReadOnlyList<Trace> Data,
    [property: JsonPropertyName("layout")] Layout Layout,
    [property: JsonPropertyName("config")] Config Config);

/// <summary>A scatter or bar trace.</summary>
public sealed record Trace
{
    [JsonPropertyName("type")] public required string Type { get; init; }
    [JsonPropertyName("name")] public string? Name { get; init; }
    [JsonPropertyName("x")] public IReadOnlyList<Datum>? X { get; init; }
    [JsonPropertyName("y")] public IReadOnlyList<Datum>? Y { get; init; }
    [JsonPropertyName("xaxis")] public string? XAxis { get; init; }
    [JsonPropertyName("yaxis")] public string? YAxis { get; init; }
    [JsonPropertyName("mode")] public string? Mode { get; init; }
    [JsonPropertyName("orientation")] public string? Orientation { get; init; }
    [JsonPropertyName("marker")] public Marker? Marker { get; init; }
    [JsonPropertyName("line")] public Line? Line { get; init; }
    [JsonPropertyName("text")] public IReadOnlyList<string>? Text { get; init; }
    [JsonPropertyName("textposition")] public string? TextPosition { get; init; }
    [JsonPropertyName("textfont")] public Font? TextFont { get; init; }
    [JsonPropertyName("insidetextanchor")] public string? InsideTextAnchor { get; init; }
    [JsonPropertyName("customdata")] public IReadOnlyList<string>? CustomData { get; init; }
    [JsonPropertyName("hovertemplate")] public string? HoverTemplate { get; init; }
    [JsonPropertyName("connectgaps")] public bool? ConnectGaps { get; init; }
    [JsonPropertyName("showlegend")] public bool? ShowLegend { get; init; }
    [JsonPropertyName("legendgroup")] public string? LegendGroup { get; init; }
    [JsonPropertyName("cliponaxis")] public bool? ClipOnAxis { get; init; }
    [JsonPropertyName("width")] public double? Width { get; init; }
}

public sealed record Marker
{
    [JsonPropertyName("color")] public string? Color { get; init; }
    [JsonPropertyName("symbol")] public string? Symbol { get; init; }
    [JsonPropertyName("size")] public double? Size { get; init; }
    [JsonPropertyName("line")] public Line? Line { get; init; }
    [JsonPropertyName("pattern")] public Pattern? Pattern { get; init; }
}

/// <summary>A fill pattern for bars (hatching), so that series differ in more than colour.</summary>
public sealed record Pattern
{
    [JsonPropertyName("shape")] public required string Shape { get; init; }
    [JsonPropertyName("fgcolor")] public string? FgColor { get; init; }
    [JsonPropertyName("bgcolor")] public string? BgColor { get; init; }
    [JsonPropertyName("fillmode")] public string? FillMode { get; init; }
    [JsonPropertyName("size")] public double? Size { get; init; }
    [JsonPropertyName("solidity")] public double? Solidity { get; init; }
}

public sealed record Line
{
    [JsonPropertyName("color")] public string? Color { get; init; }
    [JsonPropertyName("width")] public double? Width { get; init; }
    [JsonPropertyName("dash")] public string? Dash { get; init; }
}

public sealed record Font
{
    [JsonPropertyName("family")] public string? Family { get; init; }
    [JsonPropertyName("size")] public double? Size { get; init; }
    [JsonPropertyName("color")] public string? Color { get; init; }
    [JsonPropertyName("weight")] public int? Weight { get; init; }
}

public sealed record Margin(
    [property: JsonPropertyName("l")] double L,
    [property: JsonPropertyName("r")] double R,
    [property: JsonPropertyName("t")] double T,
    [property: JsonPropertyName("b")] double B);

public sealed record Legend
{
    [JsonPropertyName("orientation")] public string? Orientation { get; init; }
    [JsonPropertyName("x")] public double? X { get; init; }
    [JsonPropertyName("y")] public double? Y { get; init; }
    [JsonPropertyName("xanchor")] public string? XAnchor { get; init; }
    [JsonPropertyName("yanchor")] public string? YAnchor { get; init; }
    [JsonPropertyName("traceorder")] public string? TraceOrder { get; init; }
}

public sealed record AxisTitle(
    [property: JsonPropertyName("text")] string Text,
    [property: JsonPropertyName("font")] Font? Font = null);

public sealed record Axis
{
    [JsonPropertyName("title")] public AxisTitle? Title { get; init; }
    [JsonPropertyName("type")] public string? Type { get; init; }
    [JsonPropertyName("range")] public IReadOnlyList<double>? Range { get; init; }
    [JsonPropertyName("autorange")] public string? AutoRange { get; init; }
    [JsonPropertyName("domain")] public IReadOnlyList<double>? Domain { get; init; }
    [JsonPropertyName("anchor")] public string? Anchor { get; init; }
    [JsonPropertyName("tickmode")] public string? TickMode { get; init; }
    [JsonPropertyName("tickvals")] public IReadOnlyList<double>? TickVals { get; init; }
    [JsonPropertyName("ticktext")] public IReadOnlyList<string>? TickText { get; init; }
    [JsonPropertyName("tickformat")] public string? TickFormat { get; init; }
    [JsonPropertyName("nticks")] public int? NTicks { get; init; }
    [JsonPropertyName("ticksuffix")] public string? TickSuffix { get; init; }
    [JsonPropertyName("showgrid")] public bool? ShowGrid { get; init; }
    [JsonPropertyName("gridcolor")] public string? GridColor { get; init; }
    [JsonPropertyName("zeroline")] public bool? ZeroLine { get; init; }
    [JsonPropertyName("showline")] public bool? ShowLine { get; init; }
    [JsonPropertyName("linecolor")] public string? LineColor { get; init; }
    [JsonPropertyName("showticklabels")] public bool? ShowTickLabels { get; init; }
    [JsonPropertyName("fixedrange")] public bool? FixedRange { get; init; }
    [JsonPropertyName("automargin")] public bool? AutoMargin { get; init; }
    [JsonPropertyName("categoryorder")] public string? CategoryOrder { get; init; }
    [JsonPropertyName("categoryarray")] public IReadOnlyList<string>? CategoryArray { get; init; }
}

/// <summary>A line or rectangle drawn on the plot (gaps, method breaks, the target level).</summary>
public sealed record Shape
{
    [JsonPropertyName("type")] public required string Type { get; init; }
    [JsonPropertyName("xref")] public required string XRef { get; init; }
    [JsonPropertyName("yref")] public required string YRef { get; init; }
    [JsonPropertyName("x0")] public double X0 { get; init; }
    [JsonPropertyName("x1")] public double X1 { get; init; }
    [JsonPropertyName("y0")] public double Y0 { get; init; }
    [JsonPropertyName("y1")] public double Y1 { get; init; }
    [JsonPropertyName("line")] public Line? Line { get; init; }
    [JsonPropertyName("layer")] public string? Layer { get; init; }
}

/// <summary>A text placed on the plot (gap reasons, break labels, direction, unit).</summary>
public sealed record Annotation
{
    [JsonPropertyName("text")] public required string Text { get; init; }
    [JsonPropertyName("x")] public Datum X { get; init; }
    [JsonPropertyName("y")] public Datum Y { get; init; }
    [JsonPropertyName("xref")] public required string XRef { get; init; }
    [JsonPropertyName("yref")] public required string YRef { get; init; }
    [JsonPropertyName("xanchor")] public string? XAnchor { get; init; }
    [JsonPropertyName("yanchor")] public string? YAnchor { get; init; }
    [JsonPropertyName("xshift")] public double? XShift { get; init; }
    [JsonPropertyName("yshift")] public double? YShift { get; init; }
    [JsonPropertyName("showarrow")] public bool ShowArrow { get; init; }
    [JsonPropertyName("textangle")] public double? TextAngle { get; init; }
    [JsonPropertyName("align")] public string? Align { get; init; }
    [JsonPropertyName("font")] public Font? Font { get; init; }
    [JsonPropertyName("bgcolor")] public string? BgColor { get; init; }
}

public sealed record Layout
{
    [JsonPropertyName("font")] public Font? Font { get; init; }
    [JsonPropertyName("height")] public double? Height { get; init; }
    [JsonPropertyName("autosize")] public bool? AutoSize { get; init; }
    [JsonPropertyName("margin")] public Margin? Margin { get; init; }
    [JsonPropertyName("showlegend")] public bool? ShowLegend { get; init; }
    [JsonPropertyName("legend")] public Legend? Legend { get; init; }
    [JsonPropertyName("hovermode")] public string? HoverMode { get; init; }
    [JsonPropertyName("barmode")] public string? BarMode { get; init; }
    [JsonPropertyName("bargap")] public double? BarGap { get; init; }
    [JsonPropertyName("bargroupgap")] public double? BarGroupGap { get; init; }
    [JsonPropertyName("separators")] public string? Separators { get; init; }
    [JsonPropertyName("paper_bgcolor")] public string? PaperBgColor { get; init; }
    [JsonPropertyName("plot_bgcolor")] public string? PlotBgColor { get; init; }
    [JsonPropertyName("xaxis")] public Axis? XAxis { get; init; }
    [JsonPropertyName("yaxis")] public Axis? YAxis { get; init; }
    [JsonPropertyName("shapes")] public IReadOnlyList<Shape>? Shapes { get; init; }
    [JsonPropertyName("annotations")] public IReadOnlyList<Annotation>? Annotations { get; init; }

    /// <summary>Further axes of a figure with several panels, by Plotly's names ("xaxis2", "yaxis2" …).</summary>
    [JsonExtensionData] public IDictionary<string, object>? MoreAxes { get; init; }
}

/// <summary>How the chart behaves: it follows the width of its box and offers no zooming that fights scrolling.</summary>
public sealed record Config
{
    [JsonPropertyName("responsive")] public bool Responsive { get; init; } = true;
    [JsonPropertyName("displayModeBar")] public bool DisplayModeBar { get; init; }
    [JsonPropertyName("displaylogo")] public bool DisplayLogo { get; init; }
    [JsonPropertyName("scrollZoom")] public bool ScrollZoom { get; init; }
    [JsonPropertyName("doubleClick")] public bool DoubleClick { get; init; }
}
