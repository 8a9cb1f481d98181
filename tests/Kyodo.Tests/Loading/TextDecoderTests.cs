using System.Text;
using Kyodo.Diagnostics;
using Kyodo.Loading;

namespace Kyodo.Tests.Loading;

public sealed class TextDecoderTests
{
    static TextDecoderTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    private static (string? Text, IReadOnlyList<Diagnostic> Diagnostics) Decode(byte[] bytes)
    {
        var bag = new DiagnosticBag();
        return (TextDecoder.Decode(bytes, "t.csv", bag), bag.Sorted());
    }

    [Fact]
    public void Decode_Utf8WithBom_DropsBom()
    {
        var (text, diagnostics) = Decode([0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("事業名")]);

        Assert.Empty(diagnostics);
        Assert.Equal("事業名", text);
    }

    [Fact]
    public void Decode_ShiftJis_IsNamedNotGarbled()
    {
        var (text, diagnostics) = Decode(Encoding.GetEncoding(932).GetBytes("事業名,担当課\n人材育成推進事業,総務部人事課\n"));

        Assert.Null(text);
        var d = Assert.Single(diagnostics);
        Assert.Equal("KY002", d.Code);
        Assert.Contains("Shift_JIS", d.MessageJa);
    }

    [Theory]
    [InlineData("utf-16")]
    [InlineData("utf-16BE")]
    public void Decode_Utf16_WithOrWithoutBom_IsNamed(string encoding)
    {
        var enc = Encoding.GetEncoding(encoding);
        var withBom = Decode([.. enc.GetPreamble(), .. enc.GetBytes("id,name\n1,郡山\n")]);
        var withoutBom = Decode(enc.GetBytes("id,name\n1,郡山\n"));

        Assert.Equal("KY001", Assert.Single(withBom.Diagnostics).Code);
        Assert.Equal("KY001", Assert.Single(withoutBom.Diagnostics).Code);
    }
}
