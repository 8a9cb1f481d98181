using System.Text;

namespace Kyodo.Rendering;

/// <summary>
/// Shrinks the site's style sheet for publishing: comments go, runs of white space become one space, and the
/// space around <c>{ } ; , &gt;</c> and after <c>:</c> goes. Quoted strings are kept byte for byte, and the
/// space around <c>+</c>, <c>-</c> and <c>*</c> stays (<c>calc(1rem + 2px)</c> needs it), so every rule means
/// what it meant; the source in theme/styles keeps its comments for the people editing it.
/// </summary>
public static class CssMinifier
{
    private const string NoSpaceAfter = "{};,:>";
    private const string NoSpaceBefore = "{};,>";

    public static string Minify(string css)
    {
        var output = new StringBuilder(css.Length);
        var pendingSpace = false;
        for (var i = 0; i < css.Length; i++)
        {
            var c = css[i];
            if (c == '/' && i + 1 < css.Length && css[i + 1] == '*')
            {
                var end = css.IndexOf("*/", i + 2, StringComparison.Ordinal);
                i = end < 0 ? css.Length : end + 1;
                pendingSpace = true;
                continue;
            }
            if (char.IsWhiteSpace(c))
            {
                pendingSpace = true;
                continue;
            }
            if (pendingSpace && output.Length > 0 && !NoSpaceAfter.Contains(output[^1], StringComparison.Ordinal)
                && !NoSpaceBefore.Contains(c, StringComparison.Ordinal))
            {
                output.Append(' ');
            }
            pendingSpace = false;
            if (c == '}' && output.Length > 0 && output[^1] == ';')
            {
                output.Length--;
            }
            if (c is '"' or '\'')
            {
                i = CopyString(css, i, output);
                continue;
            }
            output.Append(c);
        }
        return output.Append('\n').ToString();
    }

    /// <summary>Copies the quoted string that starts at <paramref name="start"/>; returns the index of its closing quote.</summary>
    private static int CopyString(string css, int start, StringBuilder output)
    {
        var quote = css[start];
        output.Append(quote);
        for (var i = start + 1; i < css.Length; i++)
        {
            output.Append(css[i]);
            if (css[i] == '\\' && i + 1 < css.Length)
            {
                output.Append(css[++i]);
            }
            else if (css[i] == quote)
            {
                return i;
            }
        }
        return css.Length;
    }
}
