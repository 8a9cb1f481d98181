using AngleSharp.Html.Parser;
using Kyodo.Engine;
using Kyodo.Imaging;
using Kyodo.Pipelines;
using Kyodo.Tests.Testing;
using SkiaSharp;

namespace Kyodo.Tests.Imaging;

[Collection(BuiltSitesGroup.Name)]
public sealed class SocialCardTests(BuiltSites sites)
{
    private static readonly HtmlParser Parser = new();

    private static ImageFonts Fonts => ImageFonts.System ?? throw new InvalidOperationException(
        $"{ImageFonts.DefaultFamily} is not installed (apt-get install fonts-noto-cjk fontconfig)");

    private static TextLayout Layout => new(Fonts);

    [Fact]
    public void EveryCardOfTheBuiltSite_IsA1200By630PngWhoseTextHasNoMissingGlyph()
    {
        var problems = new List<string>();
        var cards = 0;
        foreach (var file in sites.Root.Files("index.html"))
        {
            var doc = Parser.ParseDocument(sites.Root.Read(file));
            var kind = doc.DocumentElement.GetAttribute("data-kind") ?? "";
            if (!Kyodo.Rendering.SocialCards.HasOwnCard(kind)) continue;
            var card = file[..^"index.html".Length] + "social-card.png";
            if (!sites.Root.Exists(card))
            {
                problems.Add($"{file}: no {card}");
                continue;
            }
            cards++;
            using var bitmap = SKBitmap.Decode(Path.Combine(sites.Root.Output, card));
            if (bitmap is null || (bitmap.Width, bitmap.Height) != (SocialCard.Width, SocialCard.Height))
            {
                problems.Add($"{card}: not 1200×630");
            }
            // The texts the card is drawn from, laid out as the build lays them out: glyph 0 (.notdef) would be a box.
            var title = doc.QuerySelector("meta[property='og:title']")!.GetAttribute("content")!;
            var site = doc.QuerySelector("meta[property='og:site_name']")!.GetAttribute("content")!;
            var text = new CardText(title, kind, site, site, doc.DocumentElement.GetAttribute("lang")!);
            foreach (var line in SocialCard.Layout(text, Layout).Lines)
            {
                if (line.Runs.SelectMany(r => r.Glyphs).Any(g => g == 0))
                {
                    problems.Add($"{card}: .notdef in \"{line.Text}\"");
                }
            }
        }
        Assert.Empty(problems);
        Assert.True(cards > 300, $"{cards} cards");
    }

    [Fact]
    public void Shape_OfJapaneseAndLatin_UsesTheNotoFamilyAndNoNotdef()
    {
        var line = Layout.Shape("協働のまちづくり Kōriyama ①（郡山市）", 40, bold: true);

        Assert.All(line.Runs, r => Assert.Equal(ImageFonts.DefaultFamily, r.Face.FamilyName));
        Assert.DoesNotContain((ushort)0, line.Runs.SelectMany(r => r.Glyphs));
        Assert.True(line.Width > 0);
    }

    [Fact]
    public void Shape_OfACharacterNoFontHas_FailsInsteadOfDrawingABox()
    {
        var e = Assert.Throws<MissingGlyphException>(() => Layout.Shape("事業\U0010FFFD", 40, bold: false));

        Assert.Equal(0x10FFFD, e.Codepoint);
        Assert.Contains("U+10FFFD", e.Character, StringComparison.Ordinal);
    }

    [Fact]
    public void Layout_OfALongTitle_WrapsWithinTheCardAndEndsWithAnEllipsis()
    {
        var title = string.Concat(Enumerable.Repeat("市民活動サポートセンターの運営と協働のまちづくりの推進、", 8));
        var card = SocialCard.Layout(new CardText(title, "事業", "計画", "サイト", "ja"), Layout);

        Assert.Equal(4, card.Title.Count);
        Assert.All(card.Title, l => Assert.InRange(l.Width, 1, SocialCard.Width - 160));
        Assert.EndsWith("…", card.Title[^1].Text, StringComparison.Ordinal);
        // Never a closing mark at the start of a line.
        Assert.All(card.Title.Skip(1), l => Assert.DoesNotContain(l.Text[0], "、。）」"));
    }

    [Fact]
    public void Layout_OfAnEnglishTitle_BreaksBetweenWords()
    {
        const string title =
            "Project to Promote the Social Participation of People with Disabilities and Understanding";
        var card = SocialCard.Layout(new CardText(title, "Project", "Plan", "Site", "en"), Layout);

        Assert.True(card.Title.Count >= 2);
        Assert.Equal(title, string.Join(' ', card.Title.Select(l => l.Text)));
        Assert.All(card.Title, l => Assert.InRange(l.Width, 1, SocialCard.Width - 160));
    }

    [Fact]
    public void Layout_OfAShortTitle_FitsOnOneLineAtTheLargestSize()
    {
        var card = SocialCard.Layout(new CardText("人材育成推進事業", "事業", "計画", "サイト", "ja"), Layout);

        Assert.Single(card.Title);
        Assert.Equal(72, card.TitleSize);
    }

    [Fact]
    public void Build_WithoutTheFont_FailsWithKY083InsteadOfDrawingBoxes()
    {
        using var temp = new TempDir();
        var result = SiteBuilder.Build(Repo.Paths, new BuildOptions
        {
            OutputDirectory = temp.Combine("_site"),
            RunNodeTools = false,
            Plans = ["nasushiobara"],
            CacheDirectory = temp.Combine("cache"),
            ImageFontFamily = "No Such Family Kyodo",
        });

        Assert.False(result.Success);
        var missing = Assert.Single(result.Diagnostics, d => d.Code == "KY083");
        Assert.Contains("No Such Family Kyodo", missing.MessageJa, StringComparison.Ordinal);
        Assert.Contains("fonts-noto-cjk", missing.FixEn, StringComparison.Ordinal);
        Assert.False(File.Exists(temp.Combine("_site", "nasushiobara", "social-card.png")));
    }

    [Fact]
    public void Cards_AreTheSameBytesEveryTimeTheyAreDrawn()
    {
        var text = new CardText("人材育成推進事業", "事業", "第二次郡山市協働推進基本計画", "協働のまちづくり", "ja");

        var first = SocialCard.Draw(SocialCard.Layout(text, Layout));

        Assert.Equal(first, SocialCard.Draw(SocialCard.Layout(text, Layout)));
    }

    [Fact]
    public void TouchIcon_IsA180PixelSquarePng()
    {
        using var bitmap = SKBitmap.Decode(SiteImages.TouchIcon());

        Assert.Equal((180, 180), (bitmap.Width, bitmap.Height));
        Assert.True(sites.Root.Exists(Kyodo.Routing.Routes.TouchIcon));
    }
}
