using System.Text;
using Kyodo.Diagnostics;

namespace Kyodo.Loading;

/// <summary>
/// Turns a data file's bytes into text. Only UTF-8 is accepted (byte order marks are tolerated); Shift_JIS
/// and UTF-16 files, which Excel writes by default, are named as such instead of being shown as mojibake, a
/// line pasted from a Shift_JIS file into a UTF-8 one is pointed at, and a workbook or PDF saved under a
/// text file's name is recognised as what it is.
/// </summary>
public static class TextDecoder
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    static TextDecoder() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>Decodes <paramref name="bytes"/>; returns null and reports a diagnostic when they are not UTF-8 text.</summary>
    public static string? Decode(ReadOnlySpan<byte> bytes, string file, DiagnosticBag diagnostics)
    {
        if (bytes.Length >= 2 && ((bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF)))
        {
            diagnostics.Add(Messages.Utf16(new SourceLocation(file)));
            return null;
        }

        // Two tools in a row may each have written a byte order mark.
        var body = bytes;
        while (body.Length >= 3 && body[0] == 0xEF && body[1] == 0xBB && body[2] == 0xBF) body = body[3..];

        if (Signature(body) is { } kind)
        {
            diagnostics.Add(Messages.NotText(new SourceLocation(file), kind.Ja, kind.En));
            return null;
        }
        if (LooksLikeUtf16WithoutBom(body))
        {
            diagnostics.Add(Messages.Utf16(new SourceLocation(file)));
            return null;
        }
        if (LooksBinary(body))
        {
            diagnostics.Add(Messages.NotText(new SourceLocation(file), "テキストではないファイル", "a binary file"));
            return null;
        }

        string text;
        try
        {
            text = StrictUtf8.GetString(body);
        }
        catch (DecoderFallbackException)
        {
            diagnostics.Add(DescribeInvalid(body, file));
            return null;
        }
        var nul = text.IndexOf('\0', StringComparison.Ordinal);
        if (nul >= 0)
        {
            diagnostics.Add(Messages.ControlCharacter(LocationOf(text, nul, file), "NUL"));
            return null;
        }
        return text;
    }

    /// <summary>
    /// Looks at the file line by line: when every line that is not UTF-8 reads as Shift_JIS and no line holds
    /// UTF-8 Japanese, the whole file is Shift_JIS; otherwise the first bad line is pointed at.
    /// </summary>
    private static Diagnostic DescribeInvalid(ReadOnlySpan<byte> body, string file)
    {
        var lineNumber = 0;
        var firstBad = -1;
        var firstBadColumn = 0;
        var firstBadIsShiftJis = false;
        var anyUtf8Japanese = false;
        var allBadAreShiftJis = true;
        var start = 0;
        while (start <= body.Length)
        {
            lineNumber++;
            var end = body[start..].IndexOf((byte)'\n');
            var line = end < 0 ? body[start..] : body.Slice(start, end);
            if (!IsAscii(line))
            {
                var invalidAt = FirstInvalidUtf8(line);
                if (invalidAt < 0)
                {
                    anyUtf8Japanese = true;
                }
                else
                {
                    var sjis = IsShiftJis(line);
                    allBadAreShiftJis &= sjis;
                    if (firstBad < 0)
                    {
                        firstBad = lineNumber;
                        firstBadColumn = StrictUtf8.GetCharCount(line[..invalidAt]) + 1;
                        firstBadIsShiftJis = sjis;
                    }
                }
            }
            if (end < 0) break;
            start += end + 1;
        }
        if (allBadAreShiftJis && !anyUtf8Japanese) return Messages.ShiftJis(new SourceLocation(file, firstBad));
        return Messages.NotUtf8(new SourceLocation(file, firstBad, firstBadColumn), firstBadIsShiftJis);
    }

    private static bool IsAscii(ReadOnlySpan<byte> bytes)
    {
        foreach (var b in bytes) if (b >= 0x80) return false;
        return true;
    }

    private static int FirstInvalidUtf8(ReadOnlySpan<byte> line)
    {
        try
        {
            StrictUtf8.GetCharCount(line);
            return -1;
        }
        catch (DecoderFallbackException ex)
        {
            return Math.Clamp(ex.Index, 0, line.Length);
        }
    }

    /// <summary>Files that are not text at all, recognised by their first bytes.</summary>
    private static (string Ja, string En)? Signature(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith("PK\u0003\u0004"u8)) return ("Excel ブック（.xlsx）などの ZIP 形式のファイル", "an Excel workbook (.xlsx) or another ZIP file");
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xD0, 0xCF, 0x11, 0xE0])) return ("古い形式の Excel ブック（.xls）などのファイル", "an old-format Excel workbook (.xls) or another Office file");
        if (bytes.StartsWith("%PDF"u8)) return ("PDF ファイル", "a PDF file");
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0x89, 0x50, 0x4E, 0x47]) || bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF])) return ("画像ファイル", "an image");
        return null;
    }

    /// <summary>Text never has many control characters (UTF-16, checked before, has zeros but few others).</summary>
    private static bool LooksBinary(ReadOnlySpan<byte> bytes)
    {
        var sample = bytes[..Math.Min(bytes.Length, 4096)];
        int control = 0, zeros = 0;
        foreach (var b in sample)
        {
            if (b == 0) zeros++;
            else if (b < 0x20 && b is not ((byte)'\t' or (byte)'\n' or (byte)'\r')) control++;
        }
        return (control + zeros) * 10 > sample.Length;
    }

    /// <summary>
    /// UTF-16 without a byte order mark: zero bytes (the high halves of ASCII characters) nearly all on the
    /// same side of each pair, and the text they make reads as characters. A single NUL in UTF-8 is not this.
    /// </summary>
    private static bool LooksLikeUtf16WithoutBom(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length < 4) return false;
        var sample = bytes[..Math.Min(bytes.Length & ~1, 4096)];
        int even = 0, odd = 0;
        for (var i = 0; i < sample.Length; i++)
        {
            if (sample[i] != 0) continue;
            if (i % 2 == 0) even++;
            else odd++;
        }
        var zeros = even + odd;
        if (zeros < 2 || Math.Max(even, odd) * 10 < zeros * 9) return false;
        var encoding = odd > even ? Encoding.Unicode : Encoding.BigEndianUnicode;
        var text = encoding.GetString(sample);
        var odd16 = text.Count(c => c == '\uFFFD' || (char.IsControl(c) && c is not ('\t' or '\n' or '\r')));
        return odd16 * 20 < text.Length;
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
