using System.Globalization;
using System.Text;
using System.Xml.Linq;
using Kyodo.Imaging;
using Kyodo.Tests.Testing;
using SkiaSharp;

namespace Kyodo.Tests.Imaging;

[Collection(BuiltSitesGroup.Name)]
public sealed class ChartPngTests(BuiltSites sites)
{
    private static ImageFonts Fonts => ImageFonts.System ?? throw new InvalidOperationException(
        $"{ImageFonts.DefaultFamily} is not installed (apt-get install fonts-noto-cjk fontconfig)");

    [Fact]
    public void EveryChart_HasAPngBesideItsSvg_AtTwiceItsSize()
    {
        var svgs = sites.Root.Files("chart.svg").ToList();
        Assert.NotEmpty(svgs);
        var problems = new List<string>();
        foreach (var svg in svgs)
        {
            var png = svg[..^".svg".Length] + ".png";
            if (!sites.Root.Exists(png))
            {
                problems.Add($"{svg}: no {png}");
                continue;
            }
            var root = XDocument.Parse(sites.Root.Read(svg)).Root!;
            var width = double.Parse(root.Attribute("width")!.Value, CultureInfo.InvariantCulture);
            var height = double.Parse(root.Attribute("height")!.Value, CultureInfo.InvariantCulture);
            using var bitmap = SKBitmap.Decode(Path.Combine(sites.Root.Output, png));
            var expected = ((int)Math.Ceiling(width * ChartPng.Scale), (int)Math.Ceiling(height * ChartPng.Scale));
            if (bitmap is null || (bitmap.Width, bitmap.Height) != expected) problems.Add($"{png}: not {expected}");
        }
        Assert.Empty(problems);
    }

    [Fact]
    public void EveryCharacterOfEveryChart_IsInTheImageFonts()
    {
        // The PNG draws every text in the image fonts (whatever the SVG's font list), so a character they lack would
        // be a box; each one must be in the family itself.
        var missing = sites.Root.Files("chart.svg")
            .SelectMany(svg => XDocument.Parse(sites.Root.Read(svg)).Descendants()
                .Where(e => e.Name.LocalName == "text")
                .SelectMany(t => t.Value.EnumerateRunes()).Where(r => !Rune.IsWhiteSpace(r))
                .Where(r => !ReferenceEquals(Fonts.FaceFor(r.Value, bold: false), Fonts.Regular))
                .Select(r => $"{svg}: {r}"))
            .Distinct().ToList();

        Assert.Empty(missing);
    }

    [Fact]
    public void Render_DrawsJapaneseGlyphsNotBoxes()
    {
        // Two different characters drawn as missing-glyph boxes would give the same pixels.
        static string Svg(string text) =>
            "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 80 40\" width=\"80\" height=\"40\" " +
            "font-family=\"system-ui, -apple-system, 'Hiragino Sans', sans-serif\" font-size=\"28\">" +
            $"<text x=\"4\" y=\"30\">{text}</text></svg>";

        var kyo = Pixels(ChartPng.Render(Svg("協"), Fonts));
        var do_ = Pixels(ChartPng.Render(Svg("働"), Fonts));
        var blank = Pixels(ChartPng.Render(Svg(""), Fonts));

        Assert.NotEqual(blank, kyo);
        Assert.NotEqual(kyo, do_);
    }

    private static byte[] Pixels(byte[] png)
    {
        using var bitmap = SKBitmap.Decode(png);
        Assert.Equal((160, 80), (bitmap.Width, bitmap.Height));
        return bitmap.Bytes;
    }
}
