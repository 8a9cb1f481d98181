namespace Kyodo.Charts.Svg;

/// <summary>
/// The two drawings of every chart: a wide one for screens and print, a narrow one for phones, each laid
/// out for its width so that its text stays readable instead of shrinking with the picture.
/// </summary>
public sealed record SvgSize(string Name, double Width, double FontSize, double PlotHeight)
{
    public static readonly SvgSize Wide = new("wide", 640, 14, 250);
    public static readonly SvgSize Narrow = new("narrow", 360, 13, 210);

    public static IReadOnlyList<SvgSize> All { get; } = [Wide, Narrow];

    public double Small => FontSize - 2;

    public bool IsNarrow => Width < 480;

    public const string FontFamily = "system-ui, -apple-system, 'Hiragino Sans', 'Noto Sans CJK JP', 'Noto Sans JP', 'Yu Gothic UI', Meiryo, sans-serif";
}
