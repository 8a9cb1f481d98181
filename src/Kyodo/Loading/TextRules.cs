using System.Globalization;
using System.Text;
using Kyodo.Diagnostics;

namespace Kyodo.Loading;

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
}
