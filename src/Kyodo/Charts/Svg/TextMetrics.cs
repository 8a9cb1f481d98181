namespace Kyodo.Charts.Svg;

/// <summary>
/// Estimated text widths for laying out labels at build time, when no font is at hand. Full-width characters
/// take one em; Latin letters and digits about half. Estimates err wide so labels do not collide.
/// </summary>
internal static class TextMetrics
{
    public static double Width(string text, double fontSize)
    {
        var em = 0.0;
        foreach (var c in text) em += Em(c);
        return em * fontSize;
    }

    private static double Em(char c)
    {
        if (IsWide(c)) return 1.0;
        if (c == ' ') return 0.32;
        if (char.IsDigit(c)) return 0.64;
        if (c is ',' or '.' or ':' or ';' or '\'' or '|' or 'i' or 'l' or 'j' or '!') return 0.32;
        if (c is '(' or ')' or '[' or ']' or 'f' or 't' or 'r' or '-') return 0.42;
        if (c is 'm' or 'w' or 'M' or 'W' or '%' or '@') return 0.95;
        if (char.IsUpper(c)) return 0.72;
        return 0.62;
    }

    public static bool IsWide(char c) => c >= '\u1100' && (c <= '\u115f' || (c >= '\u2e80' && c <= '\ua4cf') || (c >= '\uac00' && c <= '\ud7a3')
        || (c >= '\uf900' && c <= '\ufaff') || (c >= '\ufe30' && c <= '\ufe4f') || (c >= '\uff00' && c <= '\uff60') || (c >= '\uffe0' && c <= '\uffe6')
        || c is '→' or '↗' or '↘' or '↑' or '↓' or '◆' or '◇' or '●' or '○' or '…');

    /// <summary>
    /// Lines of at most <paramref name="maxWidth"/>: Latin text breaks at spaces, Japanese between characters
    /// (never before closing punctuation). A text longer than <paramref name="maxLines"/> ends with "…".
    /// </summary>
    public static IReadOnlyList<string> Wrap(string text, double maxWidth, double fontSize, int maxLines)
    {
        var tokens = Tokens(text);
        var lines = new List<string>();
        var line = "";
        foreach (var token in tokens)
        {
            var candidate = line + token;
            if (line.Length > 0 && Width(candidate.TrimEnd(), fontSize) > maxWidth)
            {
                lines.Add(line.TrimEnd());
                line = token.TrimStart();
            }
            else
            {
                line = candidate;
            }
        }
        if (line.Trim().Length > 0) lines.Add(line.TrimEnd());
        if (lines.Count <= maxLines) return lines;
        var kept = lines.Take(maxLines).ToList();
        var last = kept[^1];
        while (last.Length > 1 && Width(last + "…", fontSize) > maxWidth) last = last[..^1];
        kept[^1] = last.TrimEnd() + "…";
        return kept;
    }

    /// <summary>Breakable pieces: a Latin word with its trailing space, or one Japanese character with its punctuation.</summary>
    private static List<string> Tokens(string text)
    {
        var tokens = new List<string>();
        var pending = "";
        foreach (var c in text.Replace('\n', ' '))
        {
            if (IsWide(c))
            {
                if (IsClosing(c))
                {
                    if (pending.Length > 0) pending += c;
                    else if (tokens.Count > 0) tokens[^1] += c;
                    else pending = c.ToString();
                    continue;
                }
                if (pending.Length > 0 && !IsOpening(pending[^1])) { tokens.Add(pending); pending = ""; }
                pending += c;
                if (!IsOpening(c)) { tokens.Add(pending); pending = ""; }
            }
            else if (c == ' ')
            {
                tokens.Add(pending + c);
                pending = "";
            }
            else
            {
                pending += c;
            }
        }
        if (pending.Length > 0) tokens.Add(pending);
        return tokens;
    }

    private static bool IsClosing(char c) => c is '、' or '。' or '）' or '」' or '』' or '・' or 'ー' or '，' or '．' or '：';

    private static bool IsOpening(char c) => c is '（' or '「' or '『';
}
