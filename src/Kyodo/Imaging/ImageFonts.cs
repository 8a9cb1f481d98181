using System.Collections.Concurrent;
using System.Text;
using SkiaSharp;
using SkiaSharp.HarfBuzz;

namespace Kyodo.Imaging;

/// <summary>
/// The typefaces the site's images are drawn with, found through fontconfig (Skia's font manager on Linux):
/// Noto Sans CJK JP (Debian's fonts-noto-cjk), which has Japanese and Latin alike. A character it lacks is looked
/// up in the other installed fonts; one that no font has is an error (<see cref="MissingGlyphException"/>), so an
/// image never shows boxes in place of letters.
/// </summary>
internal sealed class ImageFonts
{
    /// <summary>The family of every image's text; the charts' SVG names it in its font list too.</summary>
    public const string DefaultFamily = "Noto Sans CJK JP";

    private static readonly string[] Japanese = ["ja-JP"];
    private static readonly Lazy<ImageFonts?> Installed = new(() => Find(DefaultFamily));

    private readonly SKFontManager _manager;
    private readonly ConcurrentDictionary<(int Codepoint, bool Bold), SKTypeface?> _faces = new();
    private readonly ConcurrentDictionary<SKTypeface, SKShaper> _shapers = new(ReferenceEqualityComparer.Instance);

    private ImageFonts(SKFontManager manager, string family, SKTypeface regular, SKTypeface bold)
    {
        _manager = manager;
        Family = family;
        Regular = regular;
        Bold = bold;
        Fingerprint = string.Join(";", family, Describe(regular), Describe(bold), SkiaSharpVersion.Native);
    }

    /// <summary>The fonts of this machine, or null when <see cref="DefaultFamily"/> is not installed.</summary>
    public static ImageFonts? System => Installed.Value;

    public string Family { get; }
    public SKTypeface Regular { get; }
    public SKTypeface Bold { get; }

    /// <summary>
    /// What identifies the fonts for the image cache: family, weights, each font's revision and checksum (its
    /// head table) and Skia's version, so that a font update draws the images again.
    /// </summary>
    public string Fingerprint { get; }

    /// <summary>
    /// The family through fontconfig, or null when it is missing. Fontconfig answers every question with its
    /// nearest font (DejaVu Sans for a missing family), so only a typeface of the family asked for counts.
    /// </summary>
    public static ImageFonts? Find(string family)
    {
        var manager = SKFontManager.Default;
        var regular = manager.MatchFamily(family, SKFontStyle.Normal);
        if (regular is null || !string.Equals(regular.FamilyName, family, StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }
        var bold = manager.MatchFamily(family, SKFontStyle.Bold);
        if (bold is null || bold.FontWeight < (int)SKFontStyleWeight.SemiBold) bold = regular;
        return new ImageFonts(manager, family, regular, bold);
    }

    /// <summary>
    /// The typeface that draws <paramref name="codepoint"/>: the family's, else the first installed font that has it.
    /// </summary>
    public SKTypeface FaceFor(int codepoint, bool bold) => _faces.GetOrAdd((codepoint, bold), key =>
    {
        var face = key.Bold ? Bold : Regular;
        if (Has(face, key.Codepoint)) return face;
        var style = key.Bold ? SKFontStyle.Bold : SKFontStyle.Normal;
        var found = _manager.MatchCharacter(Family, style, Japanese, key.Codepoint);
        return found is not null && Has(found, key.Codepoint) ? found : null;
    }) ?? throw new MissingGlyphException(codepoint);

    private static bool Has(SKTypeface face, int codepoint)
    {
        using var font = new SKFont(face);
        return font.ContainsGlyph(codepoint);
    }

    /// <summary>
    /// One HarfBuzz shaper per typeface, shared by every thread (taking turns: it keeps one buffer): making one
    /// copies the font's data, megabytes for CJK.
    /// </summary>
    public SKShaper ShaperFor(SKTypeface face) => _shapers.GetOrAdd(face, f => new SKShaper(f));

    private static string Describe(SKTypeface face)
    {
        // head table: fontRevision (bytes 4–7) and checkSumAdjustment (8–11) change with every release of a font.
        const uint head = 0x68656164;
        var table = face.TryGetTableData(head, out var data) && data.Length >= 12
            ? Convert.ToHexString(data, 4, 8)
            : "";
        return $"{face.FamilyName}/{face.FontWeight}/{table}";
    }
}

/// <summary>A character no installed font can draw.</summary>
internal sealed class MissingGlyphException(int codepoint)
    : Exception($"No installed font has the character U+{codepoint:X4}.")
{
    public int Codepoint { get; } = codepoint;

    /// <summary>The character as text, and its code ("😀 (U+1F600)").</summary>
    public string Character =>
        (Rune.IsValid(Codepoint) ? new Rune(Codepoint).ToString() : "?") + $" (U+{Codepoint:X4})";
}
