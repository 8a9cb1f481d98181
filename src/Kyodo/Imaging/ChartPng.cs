using SkiaSharp;
using Svg.Skia;
using Svg.Skia.TypefaceProviders;

namespace Kyodo.Imaging;

/// <summary>
/// A chart's PNG download, drawn from the same SVG as its drawing on the page by Svg.Skia, at twice the SVG's
/// size (sharp on high-density screens and in print), on white.
/// </summary>
internal static class ChartPng
{
    public const float Scale = 2;

    public static byte[] Render(string svg, ImageFonts fonts)
    {
        using var document = new SKSvg();
        // The SVG names a list of families for browsers (system-ui first); here every text is drawn in the image
        // fonts, which have Japanese, whatever the list says.
        document.Settings.TypefaceProviders = [new ImageFontProvider(fonts)];
        var picture = document.FromSvg(svg) ?? throw new InvalidDataException("The chart's SVG could not be read.");
        var bounds = picture.CullRect;
        var width = (int)Math.Ceiling(bounds.Width * Scale);
        var height = (int)Math.Ceiling(bounds.Height * Scale);
        if (width <= 0 || height <= 0) throw new InvalidDataException("The chart's SVG has no size.");
        using var surface = SKSurface.Create(new SKImageInfo(width, height, SKColorType.Rgba8888, SKAlphaType.Opaque));
        surface.Canvas.Clear(SKColors.White);
        surface.Canvas.Scale(Scale);
        surface.Canvas.DrawPicture(picture);
        return SiteImages.Png(surface);
    }

    /// <summary>Svg.Skia asks for a typeface by the SVG's font-family and weight.</summary>
    private sealed class ImageFontProvider(ImageFonts fonts) : ITypefaceProvider
    {
        public SKTypeface FromFamilyName(string fontFamily, SKFontStyleWeight fontWeight, SKFontStyleWidth fontWidth,
            SKFontStyleSlant fontStyle) => fontWeight >= SKFontStyleWeight.SemiBold ? fonts.Bold : fonts.Regular;
    }
}
