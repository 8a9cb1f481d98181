using Kyodo.Diagnostics;
using Kyodo.Loading.Rows;
using Kyodo.Model;
using Kyodo.Schema;

namespace Kyodo.Tests.Loading;

public sealed class CellRulesTests
{
    private static Diagnostic? Check(FieldType type, string value, bool required = true)
    {
        var bag = new DiagnosticBag();
        var ok = CellRules.Check(new FieldSpec("f", type, required, LocalizedText.Empty), value, new SourceLocation("t.csv", 2, 3, "f"), bag);
        Assert.Equal(ok, bag.Count == 0);
        return bag.Sorted().SingleOrDefault();
    }

    [Theory]
    [InlineData("1901")]
    [InlineData("-3")]
    [InlineData("67.6")]
    public void Number_Plain_IsAccepted(string value) => Assert.Null(Check(FieldType.Number, value));

    [Theory]
    [InlineData("1,901", "1901")]
    [InlineData("1,901 人", "1901")]
    [InlineData("67.6%", "67.6")]
    public void Number_WithSeparatorOrUnit_SuggestsPlainNumber(string value, string suggestion)
    {
        var d = Check(FieldType.Number, value)!;

        Assert.Equal("KY032", d.Code);
        Assert.Contains(suggestion, d.FixJa);
    }

    [Fact]
    public void Number_FullWidthDigits_AreRejectedWithHalfWidthFix()
    {
        var d = Check(FieldType.Number, "１９０１")!;

        Assert.Equal("KY033", d.Code);
        Assert.Contains("1901", d.FixEn);
    }

    [Theory]
    [InlineData("令和2年度", "2020")]
    [InlineData("R2", "2020")]
    [InlineData("H27", "2015")]
    [InlineData("平成元年", "1989")]
    public void Year_JapaneseEra_IsRejectedWithWesternYear(string value, string western)
    {
        var d = Check(FieldType.Year, value)!;

        Assert.Equal("KY035", d.Code);
        Assert.Contains(western, d.MessageEn);
    }

    [Theory]
    [InlineData("P001")]
    [InlineData("../etc")]
    [InlineData("事業")]
    [InlineData("-a")]
    public void Id_NotLowercaseAscii_IsRejected(string value) => Assert.Equal("KY038", Check(FieldType.Id, value)!.Code);

    [Fact]
    public void Required_Empty_IsReported() => Assert.Equal("KY030", Check(FieldType.Text, "")!.Code);

    [Fact]
    public void Optional_Empty_IsAccepted() => Assert.Null(Check(FieldType.Number, "", required: false));

    [Theory]
    [InlineData("17.14;3.a", null)]
    [InlineData("18.1", "KY040")]
    [InlineData("17", "KY040")]
    public void SdgTargets_AreChecked(string value, string? code) => Assert.Equal(code, Check(FieldType.SdgTargetList, value)?.Code);

    [Fact]
    public void Text_WithControlCharacter_IsRejected() => Assert.Equal("KY042", Check(FieldType.Text, "ab\u0007c")!.Code);
}
