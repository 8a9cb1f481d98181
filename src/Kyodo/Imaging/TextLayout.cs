using System.Globalization;
using System.Text;
using SkiaSharp;

namespace Kyodo.Imaging;

/// <summary>Glyphs of one typeface, shaped by HarfBuzz, with positions from the start of their line.</summary>
internal sealed record GlyphRun(SKTypeface Face, ushort[] Glyphs, SKPoint[] Points);

/// <summary>A shaped line of text and its advance width.</summary>
internal sealed record TextLine(string Text, IReadOnlyList<GlyphRun> Runs, float Width, float Size);

/// <summary>
/// Shapes text with HarfBuzz in the image fonts and breaks it into lines: between Japanese characters (never
/// before 、。）」 or a small kana, never after （「), at spaces between words, inside a word only when it is wider
/// than the line; what does not fit in the lines allowed ends with "…".
/// </summary>
internal sealed class TextLayout(ImageFonts fonts)
{
    private const string Ellipsis = "…";

    private const string NoLineStart = "、。，．,.・：；:;？！?!ー‐゠–〜～）)]｝}〕〉》」』】〙〗〟’”»ゝゞヽヾ々〻" +
        "ぁぃぅぇぉっゃゅょゎゕゖァィゥェォッャュョヮヵヶㇰㇱㇲㇳㇴㇵㇶㇷㇸㇹㇺㇻㇼㇽㇾㇿ…‥%％";

    private const string NoLineEnd = "（([｛{〔〈《「『【〘〖〝‘“«";

    public ImageFonts Fonts => fonts;

    /// <summary>
    /// One line of text, shaped run by run (a run per typeface when some characters come from a fallback font).
    /// </summary>
    public TextLine Shape(string text, float size, bool bold)
    {
        var runs = new List<GlyphRun>();
        float x = 0;
        foreach (var (face, part) in Split(text, bold))
        {
            using var font = Font(face, size);
            var shaper = fonts.ShaperFor(face);
            SkiaSharp.HarfBuzz.SKShaper.Result shaped;
            // A shaper reuses one HarfBuzz buffer for every call: one thread at a time.
            lock (shaper)
            {
                shaped = shaper.Shape(part, font);
            }
            var glyphs = shaped.Codepoints.Select(g => (ushort)g).ToArray();
            var points = shaped.Points.Select(p => new SKPoint(p.X + x, p.Y)).ToArray();
            runs.Add(new GlyphRun(face, glyphs, points));
            x += shaped.Width;
        }
        return new TextLine(text, runs, x, size);
    }

    public float Measure(string text, float size, bool bold) => Shape(text, size, bold).Width;

    /// <summary>
    /// The text in lines no wider than <paramref name="width"/>; with more than <paramref name="maxLines"/> lines,
    /// the last one allowed is cut and ends with "…". Runs of white space count as one space.
    /// </summary>
    public IReadOnlyList<TextLine> Wrap(string text, float size, bool bold, float width, int maxLines = int.MaxValue)
    {
        var lines = Break(Normalize(text), size, bold, width);
        if (lines.Count > maxLines)
        {
            var kept = lines.Take(maxLines).ToList();
            kept[^1] = Ellipsize(kept[^1] + " " + lines[maxLines], size, bold, width, force: true);
            lines = kept;
        }
        return lines.Select(l => Shape(l, size, bold)).ToList();
    }

    /// <summary>The text on one line, cut and ended with "…" when it is wider than <paramref name="width"/>.</summary>
    public TextLine Line(string text, float size, bool bold, float width) =>
        Shape(Ellipsize(Normalize(text), size, bold, width, force: false), size, bold);

    /// <summary>White space (line breaks, tabs, runs of spaces) as single spaces, trimmed.</summary>
    public static string Normalize(string text) =>
        string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private string Ellipsize(string text, float size, bool bold, float width, bool force)
    {
        if (!force && Measure(text, size, bold) <= width) return text;
        var elements = Elements(text).ToList();
        while (elements.Count > 0)
        {
            var candidate = string.Concat(elements).TrimEnd() + Ellipsis;
            if (Measure(candidate, size, bold) <= width) return candidate;
            elements.RemoveAt(elements.Count - 1);
        }
        return Ellipsis;
    }

    private List<string> Break(string text, float size, bool bold, float width)
    {
        var lines = new List<string>();
        var line = "";
        foreach (var token in Tokens(text))
        {
            var candidate = line + token;
            if (Measure(candidate.TrimEnd(), size, bold) <= width)
            {
                line = candidate;
                continue;
            }
            if (line.Trim().Length > 0) lines.Add(line.TrimEnd());
            line = token.TrimStart();
            // A word wider than the line on its own is broken where it reaches the edge.
            while (line.Length > 0 && Measure(line.TrimEnd(), size, bold) > width)
            {
                var elements = Elements(line).ToList();
                var fit = 1;
                while (fit < elements.Count && Measure(string.Concat(elements.Take(fit + 1)), size, bold) <= width)
                {
                    fit++;
                }
                lines.Add(string.Concat(elements.Take(fit)));
                line = string.Concat(elements.Skip(fit));
            }
        }
        if (line.Trim().Length > 0) lines.Add(line.TrimEnd());
        return lines;
    }

    /// <summary>
    /// The pieces between which a line may break: a word with the space after it, or one Japanese character,
    /// with closing marks joined to what comes before and opening marks to what follows.
    /// </summary>
    internal static List<string> Tokens(string text)
    {
        var tokens = new List<string>();
        var current = new StringBuilder();
        void Flush()
        {
            if (current.Length > 0) tokens.Add(current.ToString());
            current.Clear();
        }
        foreach (var element in Elements(text))
        {
            if (element == " ")
            {
                current.Append(element);
                Flush();
            }
            else if (IsCjk(element))
            {
                Flush();
                tokens.Add(element);
            }
            else
            {
                if (current.Length > 0 && current[^1] == ' ') Flush();
                current.Append(element);
            }
        }
        Flush();
        var joined = new List<string>();
        foreach (var token in tokens)
        {
            var joinBack = joined.Count > 0 && (NoLineStart.Contains(token[0]) || EndsWithOpening(joined[^1]));
            if (joinBack) joined[^1] += token;
            else joined.Add(token);
        }
        return joined;
    }

    private static bool EndsWithOpening(string token) => token.Length > 0 && NoLineEnd.Contains(token[^1]);

    private static bool IsCjk(string element)
    {
        var rune = Rune.GetRuneAt(element, 0).Value;
        // CJK radicals to ideographs (kana and punctuation among them), compatibility ideographs, full-width forms,
        // and the supplementary ideograph planes.
        return rune is >= 0x2E80 and <= 0x9FFF or >= 0xF900 and <= 0xFAFF or >= 0xFF00 and <= 0xFFEF
            or >= 0x20000 and <= 0x3FFFF;
    }

    private static IEnumerable<string> Elements(string text)
    {
        var e = StringInfo.GetTextElementEnumerator(text);
        while (e.MoveNext()) yield return (string)e.Current;
    }

    /// <summary>The text in pieces of one typeface each.</summary>
    private IEnumerable<(SKTypeface Face, string Text)> Split(string text, bool bold)
    {
        SKTypeface? face = null;
        var part = new StringBuilder();
        foreach (var rune in text.EnumerateRunes())
        {
            // Joiners and variation selectors go with the character before them.
            var next = face is not null && IsModifier(rune) ? face : fonts.FaceFor(rune.Value, bold);
            if (face is not null && !ReferenceEquals(next, face))
            {
                yield return (face, part.ToString());
                part.Clear();
            }
            face = next;
            part.Append(rune.ToString());
        }
        if (face is not null) yield return (face, part.ToString());
    }

    private static bool IsModifier(Rune rune) =>
        rune.Value is 0x200D or >= 0xFE00 and <= 0xFE0F or >= 0xE0100 and <= 0xE01EF ||
        Rune.GetUnicodeCategory(rune) is UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark;

    internal static SKFont Font(SKTypeface face, float size) => new(face, size)
    {
        Edging = SKFontEdging.Antialias,
        Subpixel = true,
        Hinting = SKFontHinting.None,
    };
}
