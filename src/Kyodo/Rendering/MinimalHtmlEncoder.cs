using System.Text.Encodings.Web;

namespace Kyodo.Rendering;

/// <summary>
/// Encodes only the five characters that matter in HTML text and quoted attributes (&amp; &lt; &gt; " '),
/// so Japanese text and ordinary punctuation such as "+" stay readable characters in the page source.
/// Hand-made because System.Text.Encodings.Web's HtmlEncoder, even allowed every range, writes ' as &amp;#x27;,
/// + as &amp;#x2B;, the ideographic space U+3000 as &amp;#x3000; and characters beyond U+FFFF as references,
/// which its settings cannot allow: every page would change.
/// </summary>
public sealed class MinimalHtmlEncoder : HtmlEncoder
{
    public static readonly MinimalHtmlEncoder Instance = new();

    public override int MaxOutputCharactersPerInputCharacter => 6;

    public override bool WillEncode(int unicodeScalar) => unicodeScalar is '&' or '<' or '>' or '"' or '\'';

    public override unsafe int FindFirstCharacterToEncode(char* text, int textLength)
    {
        for (var i = 0; i < textLength; i++)
        {
            var c = text[i];
            if (c is '&' or '<' or '>' or '"' or '\'' || char.IsSurrogate(c) && !IsValidPair(text, textLength, i)) return i;
            if (char.IsHighSurrogate(c)) i++;
        }
        return -1;
    }

    private static unsafe bool IsValidPair(char* text, int length, int i) =>
        char.IsHighSurrogate(text[i]) && i + 1 < length && char.IsLowSurrogate(text[i + 1]);

    public override unsafe bool TryEncodeUnicodeScalar(int unicodeScalar, char* buffer, int bufferLength, out int numberOfCharactersWritten)
    {
        var replacement = unicodeScalar switch
        {
            '&' => "&amp;",
            '<' => "&lt;",
            '>' => "&gt;",
            '"' => "&quot;",
            '\'' => "&#39;",
            _ => null,
        };
        if (replacement is null)
        {
            // Anything else (including a lone surrogate, which arrives as U+FFFD) is written as itself.
            var text = char.ConvertFromUtf32(unicodeScalar is >= 0xD800 and <= 0xDFFF ? 0xFFFD : unicodeScalar);
            return Write(text, buffer, bufferLength, out numberOfCharactersWritten);
        }
        return Write(replacement, buffer, bufferLength, out numberOfCharactersWritten);
    }

    private static unsafe bool Write(string text, char* buffer, int bufferLength, out int written)
    {
        if (text.Length > bufferLength)
        {
            written = 0;
            return false;
        }
        for (var i = 0; i < text.Length; i++) buffer[i] = text[i];
        written = text.Length;
        return true;
    }
}
