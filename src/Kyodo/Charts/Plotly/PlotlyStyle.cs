namespace Kyodo.Charts.Plotly;

/// <summary>Settings every Kyodo figure shares with the site's look.</summary>
internal static class PlotlyStyle
{
    public static readonly Font Font = new() { Family = Svg.SvgSize.FontFamily, Size = 13, Color = ChartPalette.Ink };

    /// <summary>Plotly's names for Kyodo's bar patterns.</summary>
    public static Pattern? PatternOf(BarSeries series) => series.Pattern switch
    {
        BarPattern.Hatched => new Pattern { Shape = "/", FgColor = "#ffffff", BgColor = series.Colour, FillMode = "overlay", Size = 7, Solidity = 0.3 },
        BarPattern.Dotted => new Pattern { Shape = ".", FgColor = series.Colour, BgColor = "#ffffff", FillMode = "replace", Size = 5, Solidity = 0.4 },
        BarPattern.Outline => new Pattern { Shape = "\\", FgColor = series.Colour, BgColor = "#ffffff", FillMode = "replace", Size = 7, Solidity = 0.2 },
        _ => null,
    };
}
