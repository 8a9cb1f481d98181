using System.Globalization;

namespace Kyodo.Diagnostics;

/// <summary>What the text rules do with a character.</summary>
public enum TextCharacterKind
{
    /// <summary>Printed as it is.</summary>
    Allowed,

    /// <summary>A control character or a line/paragraph separator: refused (KY042).</summary>
    Control,

    /// <summary>
    /// A character that changes how the text around it is shown (bidirectional embeddings, overrides, isolates and
    /// marks, which can make <c>事業\u202Egnp.exe</c> read as 事業exe.png) or that is invisible and means nothing in a
    /// plan (word joiners, invisible operators, tag characters, fillers): refused (KY044).
    /// </summary>
    Invisible,

    /// <summary>
    /// An invisible hint that Japanese and English texts pasted from web pages and word processors carry: the zero
    /// width space (a line-break point some Japanese pages insert) and the soft hyphen (a hyphenation point).
    /// Removing it changes neither the words nor the order they are shown in, so it is taken out with a warning
    /// (KY045).
    /// </summary>
    Removable,
}

/// <summary>One character the rules do not print as it is.</summary>
/// <param name="Index">Its index in the string (UTF-16 units).</param>
/// <param name="Position">Its position in characters (code points), from 1.</param>
/// <param name="CodePoint">The character.</param>
/// <param name="Kind">What the rules do with it.</param>
public readonly record struct TextFinding(int Index, int Position, int CodePoint, TextCharacterKind Kind)
{
    /// <summary>The character as Unicode names it, "U+202E RIGHT-TO-LEFT OVERRIDE".</summary>
    public string Name => CharacterNames.Describe(CodePoint);
}

/// <summary>How messages name a character: by code point and Unicode name, and by its Japanese name where it has one.</summary>
public static class CharacterNames
{
    /// <summary>"U+202E RIGHT-TO-LEFT OVERRIDE".</summary>
    public static string Describe(int codePoint) => $"U+{codePoint:X4} {UnicodeName(codePoint)}";

    /// <summary>The character in words a clerk recognises, in Japanese.</summary>
    public static string JapaneseName(int codePoint) => codePoint switch
    {
        '\0' => "NUL 文字",
        '\r' => "改行コードの CR",
        '\u000B' => "垂直タブ",
        '\u000C' => "改ページ",
        0x2028 => "行区切り文字",
        0x2029 => "段落区切り文字",
        0xFEFF => "BOM・ゼロ幅の改行しない空白",
        0x200B => "ゼロ幅スペース",
        0x00AD => "ソフトハイフン（ハイフネーション位置）",
        0x061C or 0x200E or 0x200F or (>= 0x202A and <= 0x202E) or (>= 0x2066 and <= 0x2069) =>
            "文字の表示の向きを変える制御文字",
        >= 0xE0000 and <= 0xE007F => "見えないタグ文字",
        _ when CharUnicodeInfo.GetUnicodeCategory(codePoint) == UnicodeCategory.Control => "制御文字",
        _ => "見えない書式文字",
    };

    /// <summary>The Unicode name (the alias for C0 controls, which Unicode names only "&lt;control&gt;").</summary>
    public static string UnicodeName(int codePoint)
    {
        if (codePoint < C0.Length) return C0[codePoint];
        if (Names.TryGetValue(codePoint, out var name)) return name;
        if (codePoint is >= 0x80 and <= 0x9F) return "CONTROL CHARACTER (C1)";
        if (codePoint is > 0xE0020 and < 0xE007F)
        {
            var ascii = (char)(codePoint - 0xE0000);
            return ascii switch
            {
                >= 'A' and <= 'Z' => $"TAG LATIN CAPITAL LETTER {ascii}",
                >= 'a' and <= 'z' => $"TAG LATIN SMALL LETTER {char.ToUpperInvariant(ascii)}",
                >= '0' and <= '9' => $"TAG DIGIT {Digits[ascii - '0']}",
                _ => $"TAG CHARACTER ({ascii})",
            };
        }
        var format = CharUnicodeInfo.GetUnicodeCategory(codePoint) == UnicodeCategory.Format;
        return format ? "FORMAT CHARACTER" : "CHARACTER";
    }

    private static readonly string[] Digits =
        ["ZERO", "ONE", "TWO", "THREE", "FOUR", "FIVE", "SIX", "SEVEN", "EIGHT", "NINE"];

    private static readonly string[] C0 =
    [
        "NULL", "START OF HEADING", "START OF TEXT", "END OF TEXT", "END OF TRANSMISSION", "ENQUIRY",
        "ACKNOWLEDGE", "BELL", "BACKSPACE", "CHARACTER TABULATION", "LINE FEED", "LINE TABULATION", "FORM FEED",
        "CARRIAGE RETURN", "SHIFT OUT", "SHIFT IN", "DATA LINK ESCAPE", "DEVICE CONTROL ONE", "DEVICE CONTROL TWO",
        "DEVICE CONTROL THREE", "DEVICE CONTROL FOUR", "NEGATIVE ACKNOWLEDGE", "SYNCHRONOUS IDLE",
        "END OF TRANSMISSION BLOCK", "CANCEL", "END OF MEDIUM", "SUBSTITUTE", "ESCAPE", "INFORMATION SEPARATOR FOUR",
        "INFORMATION SEPARATOR THREE", "INFORMATION SEPARATOR TWO", "INFORMATION SEPARATOR ONE",
    ];

    private static readonly Dictionary<int, string> Names = new()
    {
        [0x7F] = "DELETE",
        [0x85] = "NEXT LINE",
        [0xAD] = "SOFT HYPHEN",
        [0x061C] = "ARABIC LETTER MARK",
        [0x115F] = "HANGUL CHOSEONG FILLER",
        [0x1160] = "HANGUL JUNGSEONG FILLER",
        [0x180E] = "MONGOLIAN VOWEL SEPARATOR",
        [0x200B] = "ZERO WIDTH SPACE",
        [0x200C] = "ZERO WIDTH NON-JOINER",
        [0x200D] = "ZERO WIDTH JOINER",
        [0x200E] = "LEFT-TO-RIGHT MARK",
        [0x200F] = "RIGHT-TO-LEFT MARK",
        [0x2028] = "LINE SEPARATOR",
        [0x2029] = "PARAGRAPH SEPARATOR",
        [0x202A] = "LEFT-TO-RIGHT EMBEDDING",
        [0x202B] = "RIGHT-TO-LEFT EMBEDDING",
        [0x202C] = "POP DIRECTIONAL FORMATTING",
        [0x202D] = "LEFT-TO-RIGHT OVERRIDE",
        [0x202E] = "RIGHT-TO-LEFT OVERRIDE",
        [0x2060] = "WORD JOINER",
        [0x2061] = "FUNCTION APPLICATION",
        [0x2062] = "INVISIBLE TIMES",
        [0x2063] = "INVISIBLE SEPARATOR",
        [0x2064] = "INVISIBLE PLUS",
        [0x2066] = "LEFT-TO-RIGHT ISOLATE",
        [0x2067] = "RIGHT-TO-LEFT ISOLATE",
        [0x2068] = "FIRST STRONG ISOLATE",
        [0x2069] = "POP DIRECTIONAL ISOLATE",
        [0x206A] = "INHIBIT SYMMETRIC SWAPPING",
        [0x206B] = "ACTIVATE SYMMETRIC SWAPPING",
        [0x206C] = "INHIBIT ARABIC FORM SHAPING",
        [0x206D] = "ACTIVATE ARABIC FORM SHAPING",
        [0x206E] = "NATIONAL DIGIT SHAPES",
        [0x206F] = "NOMINAL DIGIT SHAPES",
        [0x3164] = "HANGUL FILLER",
        [0xFEFF] = "ZERO WIDTH NO-BREAK SPACE",
        [0xFFA0] = "HALFWIDTH HANGUL FILLER",
        [0xFFF9] = "INTERLINEAR ANNOTATION ANCHOR",
        [0xFFFA] = "INTERLINEAR ANNOTATION SEPARATOR",
        [0xFFFB] = "INTERLINEAR ANNOTATION TERMINATOR",
        [0xE0001] = "LANGUAGE TAG",
        [0xE0020] = "TAG SPACE",
        [0xE007F] = "CANCEL TAG",
    };
}
