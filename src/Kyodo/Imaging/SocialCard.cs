using SkiaSharp;

namespace Kyodo.Imaging;

/// <summary>
/// What a page's preview card says: the page's title and kind ("事業", "Project") in the page's language, the
/// plan's name and the site's; the home card also shows one square per rated entry of the latest report.
/// </summary>
internal sealed record CardText(string Title, string Label, string PlanName, string SiteName, string LanguageTag)
{
    /// <summary>Colours "#rrggbb" of the home card's squares, in rating order; empty on other cards.</summary>
    public IReadOnlyList<string> Squares { get; init; } = [];

    /// <summary>Everything the drawing depends on, for the image cache.</summary>
    public string Key =>
        string.Join("\u001f", "card", Title, Label, PlanName, SiteName, LanguageTag, string.Join(",", Squares));
}

/// <summary>The laid-out card: every line of text shaped, ready to draw (tests read the glyphs from here).</summary>
internal sealed record CardLayout(
    CardText Text, TextLine? Label, IReadOnlyList<TextLine> Title, float TitleSize, TextLine Plan, TextLine Site)
{
    public IEnumerable<TextLine> Lines => new[] { Label }.OfType<TextLine>().Concat(Title).Append(Plan).Append(Site);
}

/// <summary>
/// Draws the 1200×630 preview card of a page (the Open Graph size) with SkiaSharp: the site's mark and the plan's
/// name at the top, the kind of page in gold, the title large in white (wrapped, at most four lines, ending in "…"
/// when longer), the site's name at the foot above a gold band.
/// </summary>
internal static class SocialCard
{
    public const int Width = 1200;
    public const int Height = 630;

    private const float Margin = 80;
    /// <summary>The band between the header's rule and the footer that the kind and the title are centred in.</summary>
    private const float TitleTop = 188;
    private const float TitleBottom = 528;
    private const float LineSpacing = 1.25f;
    private const float LabelHeight = 52;
    private const float SquaresLeft = 700;

    /// <summary>
    /// Title sizes tried in turn, each with the lines it may take (four lines of the smallest and the kind fill the
    /// band); the last one cuts what is left.
    /// </summary>
    private static readonly (float Size, int Lines)[] TitleSizes = [(72, 2), (62, 3), (52, 4)];

    public static CardLayout Layout(CardText text, TextLayout layout)
    {
        // Beside the home card's squares the title keeps to the left half.
        var titleWidth = text.Squares.Count > 0 ? SquaresLeft - 60 - Margin : Width - 2 * Margin;
        var label = text.Label.Length > 0 ? layout.Line(text.Label, 30, bold: true, titleWidth) : null;
        IReadOnlyList<TextLine> title = [];
        var size = 0f;
        foreach (var (s, lines) in TitleSizes)
        {
            size = s;
            title = layout.Wrap(text.Title, s, bold: true, titleWidth);
            if (title.Count <= lines) break;
        }
        var most = TitleSizes[^1].Lines;
        if (title.Count > most) title = layout.Wrap(text.Title, size, bold: true, titleWidth, most);
        var plan = layout.Line(text.PlanName, 28, bold: false, Width - 2 * Margin - 104);
        var site = layout.Line(text.SiteName, 24, bold: false, Width - 2 * Margin);
        return new CardLayout(text, label, title, size, plan, site);
    }

    public static byte[] Draw(CardLayout card)
    {
        using var surface = SKSurface.Create(new SKImageInfo(Width, Height, SKColorType.Rgba8888, SKAlphaType.Opaque));
        var canvas = surface.Canvas;
        canvas.Clear(SiteImages.Navy);

        // Header: the site's mark and the plan's name beside it.
        SiteImages.Motif(canvas, Margin, 56, 2.6f);
        DrawLine(canvas, card.Plan, Margin + 104, 56 + 2.6f * 16 + 10, SiteImages.Mist);

        using (var rule = new SKPaint { Color = SiteImages.Pale.WithAlpha(90), IsAntialias = true })
        {
            canvas.DrawRect(Margin, 160, Width - 2 * Margin, 2, rule);
        }

        var lineHeight = card.TitleSize * LineSpacing;
        var blockHeight = card.Title.Count * lineHeight + (card.Label is null ? 0 : LabelHeight);
        var y = TitleTop + Math.Max(0, (TitleBottom - TitleTop - blockHeight) / 2);
        if (card.Label is not null)
        {
            DrawLine(canvas, card.Label, Margin, y + 32, SiteImages.Gold);
            y += LabelHeight;
        }
        foreach (var line in card.Title)
        {
            // The baseline sits a little below the size, so the line's spare height is shared above and below.
            DrawLine(canvas, line, Margin, y + card.TitleSize * (0.88f + (LineSpacing - 1) / 2), SKColors.White);
            y += lineHeight;
        }

        if (card.Text.Squares.Count > 0) SiteImages.Squares(canvas, card.Text.Squares, SquaresLeft, 200, 420);

        DrawLine(canvas, card.Site, Margin, Height - 52, SiteImages.Mist);
        using (var band = new SKPaint { Color = SiteImages.Gold })
        {
            canvas.DrawRect(0, Height - 14, Width, 14, band);
        }
        return SiteImages.Png(surface);
    }

    private static void DrawLine(SKCanvas canvas, TextLine line, float x, float baseline, SKColor colour)
    {
        if (line.Runs.Count == 0) return;
        using var paint = new SKPaint { Color = colour, IsAntialias = true };
        using var builder = new SKTextBlobBuilder();
        foreach (var run in line.Runs)
        {
            using var font = TextLayout.Font(run.Face, line.Size);
            builder.AddPositionedRun(run.Glyphs, font, run.Points);
        }
        using var blob = builder.Build();
        if (blob is not null) canvas.DrawText(blob, x, baseline, paint);
    }
}
