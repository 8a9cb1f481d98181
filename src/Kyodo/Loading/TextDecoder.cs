using System.Text;
using Kyodo.Diagnostics;

namespace Kyodo.Loading;

/// <summary>
/// Turns a data file's bytes into text. Only UTF-8 is accepted (a BOM is tolerated); Shift_JIS and
/// UTF-16 files, which Excel writes by default, are named as such instead of being shown as mojibake.
/// </summary>
public static class TextDecoder
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    static TextDecoder() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>Decodes <paramref name="bytes"/>; returns null and reports a diagnostic when the encoding is not UTF-8.</summary>
    public static string? Decode(ReadOnlySpan<byte> bytes, string file, DiagnosticBag diagnostics)
    {
        if (bytes.Length >= 2 && ((bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF)))
        {
            diagnostics.Add(Messages.Utf16(new SourceLocation(file)));
            return null;
        }

        var body = bytes;
        if (bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF) body = bytes[3..];

        if (LooksLikeUtf16WithoutBom(body))
        {
            diagnostics.Add(Messages.Utf16(new SourceLocation(file)));
            return null;
        }

        try
        {
            var text = StrictUtf8.GetString(body);
            var nul = text.IndexOf('\0', StringComparison.Ordinal);
            if (nul >= 0)
            {
                diagnostics.Add(Messages.ControlCharacter(LocationOf(text, nul, file), "NUL"));
                return null;
            }
            return text;
        }
        catch (DecoderFallbackException ex)
        {
            var offset = ex.Index >= 0 ? ex.Index : 0;
            var line = 1 + CountNewlines(body[..Math.Min(offset, body.Length)]);
            var location = new SourceLocation(file, line);
            diagnostics.Add(IsShiftJis(body) ? Messages.ShiftJis(location) : Messages.NotUtf8(location, offset));
            return null;
        }
    }

    private static bool LooksLikeUtf16WithoutBom(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length < 4) return false;
        var sample = bytes[..Math.Min(bytes.Length, 512)];
        int zeros = 0;
        foreach (var b in sample) if (b == 0) zeros++;
        return zeros * 4 > sample.Length;
    }

    private static bool IsShiftJis(ReadOnlySpan<byte> bytes)
    {
        var sjis = Encoding.GetEncoding(932, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
        try
        {
            var text = sjis.GetString(bytes);
            // Real Shift_JIS Japanese text decodes to kana or kanji, not only to half-width katakana.
            return text.Any(c => c is >= '\u3040' and <= '\u30FF' or >= '\u4E00' and <= '\u9FFF');
        }
        catch (DecoderFallbackException)
        {
            return false;
        }
    }

    private static int CountNewlines(ReadOnlySpan<byte> bytes)
    {
        int n = 0;
        foreach (var b in bytes) if (b == (byte)'\n') n++;
        return n;
    }

    private static SourceLocation LocationOf(string text, int index, string file)
    {
        int line = 1, column = 1;
        for (int i = 0; i < index; i++)
        {
            if (text[i] == '\n') { line++; column = 1; }
            else column++;
        }
        return new SourceLocation(file, line, column);
    }
}
