using System.Text;

namespace Kyodo.Matching;

/// <summary>The forms of one text that people type for the same thing, reduced to one form before comparing.</summary>
public static class TextForms
{
    /// <summary>Full-width ASCII (０-９, Ａ-Ｚ, ．, －) and the ideographic space to their half-width forms.</summary>
    public static string ToHalfWidth(string value)
    {
        var sb = new StringBuilder(value.Length);
        foreach (var c in value)
        {
            if (c is >= '\uFF01' and <= '\uFF5E') sb.Append((char)(c - 0xFEE0));
            else if (c == '\u3000') sb.Append(' ');
            else sb.Append(c);
        }
        return sb.ToString().Trim();
    }
}
