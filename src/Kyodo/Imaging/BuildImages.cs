using Kyodo.Diagnostics;

namespace Kyodo.Imaging;

/// <summary>
/// The images of one build: the fonts (found once; their absence is reported once, KY083), the image cache, and
/// the drawing of cards and chart PNGs through it. Safe to use from every thread.
/// </summary>
internal sealed class BuildImages
{
    /// <summary>
    /// Part of every card's cache key: the card's drawing is this assembly's code, so a new build of it draws the
    /// cards again (a chart's PNG depends only on its SVG, Svg.Skia and the fonts).
    /// </summary>
    private static readonly string CardCode = typeof(SocialCard).Assembly.ManifestModule.ModuleVersionId.ToString("N");

    private static readonly string SvgRenderer = typeof(Svg.Skia.SKSvg).Assembly.GetName().Version?.ToString() ?? "";

    private readonly DiagnosticBag _diagnostics;
    private readonly string _family;
    private int _reported;

    private BuildImages(ImageFonts? fonts, string family, ImageCache cache, DiagnosticBag diagnostics)
    {
        Fonts = fonts;
        _family = family;
        Cache = cache;
        _diagnostics = diagnostics;
        Layout = fonts is null ? null : new TextLayout(fonts);
    }

    /// <summary>The images of a build with the font family and cache folder of its options.</summary>
    public static BuildImages Create(string family, string? cacheDirectory, DiagnosticBag diagnostics)
    {
        var fonts = family == ImageFonts.DefaultFamily ? ImageFonts.System : ImageFonts.Find(family);
        return new BuildImages(fonts, family, new ImageCache(cacheDirectory ?? ImageCache.DefaultFolder()), diagnostics);
    }

    public ImageFonts? Fonts { get; }
    public TextLayout? Layout { get; }
    public ImageCache Cache { get; }

    /// <summary>
    /// The card's PNG, or null (after reporting why) when the fonts are missing or lack one of its characters.
    /// </summary>
    public byte[]? Card(CardText text, string outputPath)
    {
        if (!Ready() || Layout is null) return null;
        try
        {
            return Cache.GetOrDraw(string.Join("\u001e", CardCode, Fonts!.Fingerprint, text.Key),
                () => SocialCard.Draw(SocialCard.Layout(text, Layout)));
        }
        catch (MissingGlyphException e)
        {
            var title = TextLayout.Normalize(text.Title);
            _diagnostics.Add(Messages.ImageGlyphMissing(new SourceLocation(outputPath), e.Character, title));
            return null;
        }
    }

    /// <summary>The chart's PNG drawn from its SVG, or null when the fonts are missing (reported once).</summary>
    public byte[]? Chart(string svg)
    {
        if (!Ready()) return null;
        var key = string.Join("\u001e", "chart", ChartPng.Scale, SvgRenderer, Fonts!.Fingerprint, svg);
        return Cache.GetOrDraw(key, () => ChartPng.Render(svg, Fonts));
    }

    private bool Ready()
    {
        if (Fonts is not null) return true;
        if (Interlocked.Exchange(ref _reported, 1) == 0)
        {
            _diagnostics.Add(Messages.ImageFontMissing(new SourceLocation("fontconfig"), _family));
        }
        return false;
    }
}
