namespace Kyodo.Rendering;

/// <summary>
/// Puts a line break between adjacent definition-list and table cells (<c>&lt;/dd&gt;&lt;dt&gt;</c>,
/// <c>&lt;/th&gt;&lt;td&gt;</c>…) and after a table's caption. Razor drops the white space between elements written in code blocks, and the
/// search indexer reads the text of neighbouring cells as one word ("collaborationDepartment"); browsers lay
/// these cells out as blocks or grid and table items, where white space between them shows nothing.
/// </summary>
public static class HtmlSpacing
{
    public static byte[] SeparateCells(byte[] html)
    {
        var span = html.AsSpan();
        List<int>? at = null;
        for (var i = span.IndexOf("><"u8); i >= 0; )
        {
            if ((i >= 4 && IsCellEnd(span[(i - 4)..i]) && IsCellStart(span[(i + 2)..])) || (i >= 9 && span[(i - 9)..i].SequenceEqual("</caption"u8)))
            {
                (at ??= []).Add(i + 1);
            }
            var next = span[(i + 1)..].IndexOf("><"u8);
            i = next < 0 ? -1 : i + 1 + next;
        }
        if (at is null) return html;
        var result = new byte[html.Length + at.Count];
        var from = 0;
        var to = 0;
        foreach (var insert in at)
        {
            span[from..insert].CopyTo(result.AsSpan(to));
            to += insert - from;
            result[to++] = (byte)'\n';
            from = insert;
        }
        span[from..].CopyTo(result.AsSpan(to));
        return result;
    }

    // "</dd", "</dt", "</td", "</th" just before the ">".
    private static bool IsCellEnd(ReadOnlySpan<byte> s) => s[0] == '<' && s[1] == '/' && IsCellName(s[2], s[3]);

    // "<dd", "<dt", "<td", "<th" followed by ">" or " ".
    private static bool IsCellStart(ReadOnlySpan<byte> s) => s.Length >= 3 && IsCellName(s[0], s[1]) && s[2] is (byte)'>' or (byte)' ';

    private static bool IsCellName(byte a, byte b) => (a == 'd' && b is (byte)'d' or (byte)'t') || (a == 't' && b is (byte)'d' or (byte)'h');
}
