using Kyodo.Model;
using SkiaSharp;

namespace Kyodo.Imaging;

/// <summary>
/// The site's colours and shapes for its generated images (the favicon's motif, the home card's squares), the
/// touch icon (180×180), and PNG encoding: drawn with SkiaSharp at build time, no external service.
/// </summary>
internal static class SiteImages
{
    public const int IconSize = 180;

    public static readonly SKColor Navy = SKColor.Parse("#123e6b");
    public static readonly SKColor Gold = SKColor.Parse("#ffbf47");
    public static readonly SKColor Pale = SKColor.Parse("#9fb6cc");

    /// <summary>Light text on navy (the plan's and the site's names on a card).</summary>
    public static readonly SKColor Mist = SKColor.Parse("#dbe6f0");

    private static readonly Lazy<byte[]> Icon = new(DrawTouchIcon);

    /// <summary>The home card's squares: colours in rating order (best first), one per rated entry of the latest report
    /// (or one pale square per listed project when there is no report yet).</summary>
    public static IReadOnlyList<string> SquareColours(Plan plan)
    {
        var report = plan.Config.Editions.LastOrDefault(e => e.IsReport);
        if (report is not null)
        {
            var entries = plan.EntriesIn(report.Year).Where(e => e.Rating is not null).ToList();
            var squares = plan.Config.Rating.Levels
                .SelectMany(level => Enumerable.Repeat(level.Colour, entries.Count(e => e.Rating == level.Code)))
                .ToList();
            if (squares.Count > 0) return squares;
        }
        var latest = plan.Config.Editions.Count > 0 ? plan.Config.Editions[^1].Year : 0;
        return Enumerable.Repeat("#9fb6cc", plan.EntriesIn(latest).Count(e => !e.IsRelisting)).ToList();
    }

    public static byte[] TouchIcon() => Icon.Value;

    private static byte[] DrawTouchIcon()
    {
        var info = new SKImageInfo(IconSize, IconSize, SKColorType.Rgba8888, SKAlphaType.Opaque);
        using var surface = SKSurface.Create(info);
        surface.Canvas.Clear(Navy);
        Motif(surface.Canvas, 0, 0, IconSize / 32f);
        return Png(surface);
    }

    /// <summary>The shapes of theme/assets/favicon.svg (a 32-unit square), scaled and placed at (x, y).</summary>
    public static void Motif(SKCanvas canvas, float x, float y, float scale)
    {
        using var gold = new SKPaint { Color = Gold, IsAntialias = true };
        using var white = new SKPaint { Color = SKColors.White, IsAntialias = true };
        canvas.DrawCircle(x + 11 * scale, y + 13 * scale, 5 * scale, gold);
        canvas.DrawCircle(x + 21 * scale, y + 13 * scale, 5 * scale, white);
        canvas.DrawRoundRect(x + 6 * scale, y + 21 * scale, 20 * scale, 4 * scale, 2 * scale, 2 * scale, white);
    }

    /// <summary>
    /// Ten squares a row on a light panel (some rating colours are dark blues), within a square of
    /// <paramref name="area"/>.
    /// </summary>
    public static void Squares(SKCanvas canvas, IReadOnlyList<string> colours, float left, float top, float area)
    {
        const int columns = 10;
        var rows = Math.Max(1, (colours.Count + columns - 1) / columns);
        var cell = Math.Min(40f, Math.Min(area / columns, area / rows));
        var gap = Math.Max(1f, MathF.Round(cell * 0.18f));
        var y0 = top + (area - rows * cell) / 2;
        using var panel = new SKPaint { Color = SKColors.White, IsAntialias = true };
        canvas.DrawRoundRect(left - 24, y0 - 24, columns * cell - gap + 48, rows * cell - gap + 48, 20, 20, panel);
        using var paint = new SKPaint { IsAntialias = true };
        for (var i = 0; i < colours.Count; i++)
        {
            paint.Color = SKColor.Parse(colours[i]);
            var x = left + (i % columns) * cell;
            var y = y0 + (i / columns) * cell;
            canvas.DrawRoundRect(x, y, cell - gap, cell - gap, cell * 0.15f, cell * 0.15f, paint);
        }
    }

    /// <summary>
    /// The surface as PNG, every row with PNG's filter "None" at zlib level 6: on these flat colours with text the
    /// filters Skia tries by default make files about 30 % larger (a card 46 KB instead of 35 KB), and level 9 takes
    /// three times as long for 5 % less.
    /// </summary>
    public static byte[] Png(SKSurface surface)
    {
        using var image = surface.Snapshot();
        using var pixels = image.PeekPixels()
            ?? throw new InvalidOperationException("A drawn image has no pixels to encode.");
        using var data = pixels.Encode(new SKPngEncoderOptions(SKPngEncoderFilterFlags.None, 6))
            ?? throw new InvalidOperationException("A drawn image could not be encoded as PNG.");
        return data.ToArray();
    }
}
