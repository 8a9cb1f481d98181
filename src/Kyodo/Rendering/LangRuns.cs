using System.Text.RegularExpressions;

namespace Kyodo.Rendering;

/// <summary>
/// Finds Japanese inside English text (names as printed, 「quotes」, units), so that pages can mark those
/// runs with lang="ja" and screen readers switch voice for them (WCAG 3.1.2 Language of Parts).
/// </summary>
public static partial class LangRuns
{
    // Kana, CJK ideographs, CJK punctuation and full-width forms; digits and a few joiners may sit between them
    // ("2018年度" stays "2018" + "年度", but "５Ｒ推進事業" and "第2次計画" are one run).
    [GeneratedRegex(@"[\u3000-\u30FF\u3400-\u4DBF\u4E00-\u9FFF\uF900-\uFAFF\uFF00-\uFFEF]+(?:[0-9.,・\-]+[\u3000-\u30FF\u3400-\u4DBF\u4E00-\u9FFF\uF900-\uFAFF\uFF00-\uFFEF]+)*", RegexOptions.CultureInvariant)]
    private static partial Regex Japanese();

    /// <summary>True when the text has any Japanese character.</summary>
    public static bool HasJapanese(string text) => Japanese().IsMatch(text);

    /// <summary>The text cut into runs, each flagged when it is Japanese; concatenated they give the text back.</summary>
    public static IReadOnlyList<(string Text, bool IsJapanese)> Split(string text)
    {
        var runs = new List<(string, bool)>();
        var at = 0;
        foreach (Match m in Japanese().Matches(text))
        {
            if (m.Index > at) runs.Add((text[at..m.Index], false));
            runs.Add((m.Value, true));
            at = m.Index + m.Length;
        }
        if (at < text.Length) runs.Add((text[at..], false));
        return runs;
    }
}
