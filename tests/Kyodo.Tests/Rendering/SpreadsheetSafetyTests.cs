using Kyodo.Rendering;

namespace Kyodo.Tests.Rendering;

public sealed class SpreadsheetSafetyTests
{
    [Theory]
    [InlineData("=HYPERLINK(\"https://example.com\")")]
    [InlineData("+1+cmd|' /C calc'!A0")]
    [InlineData("-2+3")]
    [InlineData("@SUM(A1)")]
    [InlineData("\t=1")]
    [InlineData("- %")]
    public void ForSpreadsheet_FormulaLikeText_GetsALeadingApostrophe(string cell)
    {
        Assert.True(SpreadsheetSafety.IsFormula(cell));
        Assert.Equal("'" + cell, SpreadsheetSafety.ForSpreadsheet(cell));
        Assert.False(SpreadsheetSafety.IsFormula(SpreadsheetSafety.ForSpreadsheet(cell)));
    }

    [Theory]
    [InlineData("-5")]
    [InlineData("-0.25")]
    [InlineData("+3")]
    [InlineData("1901")]
    [InlineData("市民活動支援事業")]
    [InlineData("")]
    [InlineData("a=b")]
    public void ForSpreadsheet_NumbersAndOrdinaryText_AreUnchanged(string cell) => Assert.Equal(cell, SpreadsheetSafety.ForSpreadsheet(cell));
}
