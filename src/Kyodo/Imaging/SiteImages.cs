using Kyodo.Model;

namespace Kyodo.Imaging;

/// <summary>
/// The site's preview image for social media (1200×630, the Open Graph size) and its touch icon (180×180),
/// drawn at build time from the favicon's shapes and the plan's data: no external service, no font, no
/// rasterizer. The card shows one square per rated entry of the latest report in its rating colour (or
/// one per listed project when there is no report yet), beside the favicon's motif.
/// </summary>
public static class SiteImages
{
    public const int CardWidth = 1200;
    public const int CardHeight = 630;
    public const int IconSize = 180;

    private static readonly Rgb Navy = Rgb.Parse("#123e6b");
    private static readonly Rgb Gold = Rgb.Parse("#ffbf47");
    private static readonly Rgb White = Rgb.Parse("#ffffff");
    private static readonly Rgb Pale = Rgb.Parse("#9fb6cc");

    /// <summary>The squares of the card: colours in rating order (best first), one per entry.</summary>
    public static IReadOnlyList<Rgb> Squares(Plan plan)
    {
        var report = plan.Config.Editions.LastOrDefault(e => e.IsReport);
        if (report is not null)
        {
            var entries = plan.EntriesIn(report.Year).Where(e => e.Rating is not null).ToList();
            var squares = plan.Config.Rating.Levels
                .SelectMany(level => Enumerable.Repeat(Rgb.Parse(level.Colour), entries.Count(e => e.Rating == level.Code)))
                .ToList();
            if (squares.Count > 0) return squares;
        }
        var latest = plan.Config.Editions.Count > 0 ? plan.Config.Editions[^1].Year : 0;
        return Enumerable.Repeat(Pale, plan.EntriesIn(latest).Count(e => !e.IsRelisting)).ToList();
    }

    /// <summary>
    /// The card of a plan. Drawing and compressing it takes a tenth of a second, and while <c>serve</c> rebuilds
    /// after each edit its squares rarely change, so cards are kept by their squares (a handful per process).
    /// </summary>
    public static byte[] Card(Plan plan)
    {
        var squares = Squares(plan);
        var key = string.Concat(squares.Select(c => $"{c.R:x2}{c.G:x2}{c.B:x2}"));
        if (Cards.Count > 16) Cards.Clear();
        return Cards.GetOrAdd(key, _ => DrawCard(squares));
    }

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, byte[]> Cards = new(StringComparer.Ordinal);

    private static readonly Lazy<byte[]> Icon = new(DrawTouchIcon);

    private static byte[] DrawCard(IReadOnlyList<Rgb> squares)
    {
        var canvas = new Raster(CardWidth, CardHeight, Navy);
        Motif(canvas, 90, 120, 12);

        const int columns = 10;
        var rows = Math.Max(1, (squares.Count + columns - 1) / columns);
        const double areaLeft = 640, areaTop = 80, areaSize = 460;
        var cell = Math.Min(46.0, Math.Min(areaSize / columns, areaSize / rows));
        var gap = Math.Max(1.0, Math.Round(cell * 0.18));
        var top = areaTop + (areaSize - rows * cell) / 2;
        // A light panel, so that every rating colour (some are dark blues) stands out.
        canvas.FillRoundedRect(areaLeft - 28, top - 28, columns * cell - gap + 56, rows * cell - gap + 56, 24, White);
        for (var i = 0; i < squares.Count; i++)
        {
            var x = areaLeft + (i % columns) * cell;
            var y = top + (i / columns) * cell;
            canvas.FillRoundedRect(x, y, cell - gap, cell - gap, cell * 0.15, squares[i]);
        }
        canvas.FillRect(0, CardHeight - 14, CardWidth, 14, Gold);
        return canvas.ToPng();
    }

    public static byte[] TouchIcon() => Icon.Value;

    private static byte[] DrawTouchIcon()
    {
        var canvas = new Raster(IconSize, IconSize, Navy);
        Motif(canvas, 0, 0, IconSize / 32.0);
        return canvas.ToPng();
    }

    /// <summary>The shapes of theme/assets/favicon.svg (a 32-unit square), scaled and placed at (x, y).</summary>
    private static void Motif(Raster canvas, double x, double y, double scale)
    {
        canvas.FillCircle(x + 11 * scale, y + 13 * scale, 5 * scale, Gold);
        canvas.FillCircle(x + 21 * scale, y + 13 * scale, 5 * scale, White);
        canvas.FillRoundedRect(x + 6 * scale, y + 21 * scale, 20 * scale, 4 * scale, 2 * scale, White);
    }
}
