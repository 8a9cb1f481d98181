using System.Globalization;
using System.Text;
using Kyodo.Diagnostics;

namespace Kyodo.Loading;

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
    public string Name => TextRules.Describe(CodePoint);
}

/// <summary>
/// The one set of rules for the characters of every text Kyodo reads: table cells (CSV and Excel), the values of
/// site.yaml, plan.yaml and front matter, and Markdown pages. Line breaks and tabs are text; the zero-width joiner
/// and non-joiner (emoji sequences, some scripts) and variation selectors (異体字 of names, emoji) are printed.
/// </summary>
public static class TextRules
{
    /// <summary>
    /// What the rules do with <paramref name="codePoint"/>; <paramref name="lineEnds"/> allows CR (a file's line ends).
    /// </summary>
    public static TextCharacterKind Classify(int codePoint, bool lineEnds = false)
    {
        switch (codePoint)
        {
            case '\n' or '\t':
                return TextCharacterKind.Allowed;
            case '\r':
                return lineEnds ? TextCharacterKind.Allowed : TextCharacterKind.Control;
            case 0x2028 or 0x2029:
                return TextCharacterKind.Control;
            case 0x200B or 0x00AD:
                return TextCharacterKind.Removable;
            case 0x200C or 0x200D:
                return TextCharacterKind.Allowed;
            // Hangul fillers are letters by category but show nothing; they are used to make blank-looking names.
            case 0x115F or 0x1160 or 0x3164 or 0xFFA0:
                return TextCharacterKind.Invisible;
        }
        if (codePoint < 0x20 || codePoint is >= 0x7F and <= 0x9F) return TextCharacterKind.Control;
        if (codePoint < 0xA0) return TextCharacterKind.Allowed;
        return CharUnicodeInfo.GetUnicodeCategory(codePoint) == UnicodeCategory.Format
            ? TextCharacterKind.Invisible
            : TextCharacterKind.Allowed;
    }

    /// <summary>Every character of <paramref name="text"/> that is not printed as it is, in order.</summary>
    public static List<TextFinding> Find(string text, bool lineEnds = false)
    {
        var found = new List<TextFinding>();
        var position = 0;
        for (var i = 0; i < text.Length; i++)
        {
            position++;
            var c = text[i];
            // ASCII letters and most text are the common case: no lookup.
            if (c is >= ' ' and < '\u007F') continue;
            int codePoint = c;
            var start = i;
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                codePoint = char.ConvertToUtf32(c, text[i + 1]);
                i++;
            }
            var kind = Classify(codePoint, lineEnds);
            if (kind != TextCharacterKind.Allowed) found.Add(new TextFinding(start, position, codePoint, kind));
        }
        return found;
    }

    /// <summary>
    /// Checks one value (a table cell, a YAML value) named <paramref name="label"/> at <paramref name="at"/>, reporting
    /// a refused character by its position in the value and removed ones with a warning. Returns the value with the
    /// removable characters taken out, or null when a character is refused.
    /// </summary>
    public static string? CheckValue(string value, string label, SourceLocation at, DiagnosticBag diagnostics)
    {
        var found = Find(value);
        if (found.Count == 0) return value;
        var refused = found.FirstOrDefault(f => f.Kind != TextCharacterKind.Removable);
        if (refused.Kind != TextCharacterKind.Allowed)
        {
            // The first refused character is enough: the clerk deletes it and the next run names any other.
            diagnostics.Add(Messages.RefusedCharacter(at, label, refused));
            return null;
        }
        diagnostics.Add(Messages.RemovedCharacters(at, label, found));
        return Remove(value, found);
    }

    /// <summary>
    /// Checks a whole text file (a Markdown page, a YAML file) whose first line is line <paramref name="firstLine"/>,
    /// reporting every refused character by line and character and every line where a character is removed.
    /// Returns the text with the removable characters taken out, or null when a character is refused.
    /// </summary>
    public static string? CheckFile(string text, string file, DiagnosticBag diagnostics, int firstLine = 1)
    {
        var found = Find(text, lineEnds: true);
        if (found.Count == 0) return text;
        var refused = false;
        var lineStart = 0;
        var line = firstLine;
        var scanned = 0;
        var removedOnLine = new List<TextFinding>();
        SourceLocation At(TextFinding f)
        {
            for (; scanned < f.Index; scanned++)
            {
                if (text[scanned] != '\n') continue;
                line++;
                lineStart = scanned + 1;
            }
            var column = 1;
            foreach (var _ in text.AsSpan(lineStart, f.Index - lineStart).EnumerateRunes()) column++;
            return new SourceLocation(file, line, column);
        }
        SourceLocation? removedAt = null;
        foreach (var f in found)
        {
            var at = At(f);
            if (f.Kind == TextCharacterKind.Removable)
            {
                // One warning a line: a pasted paragraph may hold dozens of zero-width spaces.
                if (removedAt is not null && removedAt.Line != at.Line) Flush();
                removedAt ??= at;
                removedOnLine.Add(f);
                continue;
            }
            refused = true;
            diagnostics.Add(Messages.RefusedCharacter(at, null, f));
        }
        Flush();
        return refused ? null : Remove(text, found);

        void Flush()
        {
            if (removedAt is null) return;
            diagnostics.Add(Messages.RemovedCharacters(removedAt, null, removedOnLine));
            removedOnLine = [];
            removedAt = null;
        }
    }

    private static string Remove(string text, List<TextFinding> found)
    {
        var sb = new StringBuilder(text.Length);
        var from = 0;
        foreach (var f in found)
        {
            if (f.Kind != TextCharacterKind.Removable) continue;
            sb.Append(text, from, f.Index - from);
            from = f.Index + (f.CodePoint > 0xFFFF ? 2 : 1);
        }
        return sb.Append(text, from, text.Length - from).ToString();
    }

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
        _ when Classify(codePoint) == TextCharacterKind.Control => "制御文字",
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
