using Kyodo.Diagnostics;
using Kyodo.Loading.Csv;

namespace Kyodo.Tests.Loading;

public sealed class CsvTableReaderTests
{
    private static (CsvTable? Table, IReadOnlyList<Diagnostic> Diagnostics) Parse(string text)
    {
        var bag = new DiagnosticBag();
        var table = CsvTableReader.Read(text, "t.csv", bag);
        return (table, bag.Sorted());
    }

    [Theory]
    [InlineData("a,b\n1,2\n")]
    [InlineData("a,b\r\n1,2\r\n")]
    [InlineData("a,b\r1,2\r")]
    [InlineData("a,b\n1,2")]
    public void Parse_AnyLineEnding_GivesSameCells(string text)
    {
        var (table, diagnostics) = Parse(text);

        Assert.Empty(diagnostics);
        Assert.Equal(["a", "b"], table!.Header.Select(c => c.Value));
        Assert.Equal(["1", "2"], table.Records.Single().Cells.Select(c => c.Value));
    }

    [Fact]
    public void Parse_QuotedCellWithCommaQuoteAndNewline_KeepsText()
    {
        var (table, diagnostics) = Parse("name,text\nx,\"他の, \"\"引用\"\"\r\n二行目\"\n");

        Assert.Empty(diagnostics);
        Assert.Equal("他の, \"引用\"\n二行目", table!.Records[0].Cells[1].Value);
    }

    [Fact]
    public void Parse_CellPositions_AreLineAndColumn()
    {
        var (table, _) = Parse("a,b\n\"x\ny\",zz\n");

        var record = table!.Records[0];
        Assert.Equal(2, record.Line);
        Assert.Equal((2, 1), (record.Cells[0].Line, record.Cells[0].Column));
        Assert.Equal((3, 4), (record.Cells[1].Line, record.Cells[1].Column));
    }

    [Fact]
    public void Parse_UnterminatedQuote_NamesWhereItStarts()
    {
        var (table, diagnostics) = Parse("a,b\n1,\"open\n2,3\n");

        Assert.Null(table);
        var d = Assert.Single(diagnostics);
        Assert.Equal("KY010", d.Code);
        Assert.Equal((2, 3), (d.Location.Line, d.Location.Column));
    }

    [Fact]
    public void Parse_RaggedRow_IsReportedWithItsLine()
    {
        var (table, diagnostics) = Parse("a,b\n1,2\n3\n4,5,6\n");

        Assert.Null(table);
        Assert.Equal([3, 4], diagnostics.Where(d => d.Code == "KY013").Select(d => d.Location.Line));
    }

    [Fact]
    public void Parse_StrayQuoteInsideUnquotedCell_IsAnError()
    {
        var (_, diagnostics) = Parse("a\nsa\"id\n");

        Assert.Equal("KY012", Assert.Single(diagnostics).Code);
    }

    [Theory]
    [InlineData("")]
    [InlineData("\n\n")]
    public void Parse_EmptyFile_IsAnError(string text)
    {
        var (table, diagnostics) = Parse(text);

        Assert.Null(table);
        Assert.Equal("KY005", Assert.Single(diagnostics).Code);
    }

    [Theory]
    [InlineData("\ra,b\n1,\"x\ny\"\n")]
    [InlineData("\n\na,b\r\n1,\"x\r\ny\"\r\n")]
    public void Parse_BlankLinesBeforeTheHeader_DoNotMakeAMultiLineCellLookUnclosed(string text)
    {
        // Fix: the hand-made parser compared the record with the blank first line and called the quote unclosed.
        var (table, diagnostics) = Parse(text);

        Assert.Empty(diagnostics);
        Assert.Equal("x\ny", table!.Records.Single().Cells[1].Value);
    }

    [Fact]
    public void Parse_TextAfterAnEmptyQuotedCell_IsReported_AndTheRecordIsNotTakenForABlankLine()
    {
        // Fix: the hand-made parser dropped the text after the quotes, then dropped the record as a blank line.
        var (table, diagnostics) = Parse("a,b\n\"\"x\n1,2\n");

        Assert.Null(table);
        Assert.Equal(["KY011", "KY013"], diagnostics.Select(d => d.Code).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Parse_CellPositions_CountCharactersNotBytes()
    {
        var (table, _) = Parse("a,b,c\n日本,😀x,z\n");

        Assert.Equal([1, 4, 8], table!.Records[0].Cells.Select(c => c.Column));
    }

    [Fact]
    public void Parse_SheetRow_CountsBlankLinesButNotLineEndsInsideCells()
    {
        var (table, _) = Parse("a,b\n\"x\ny\",1\n\n2,3\n");

        Assert.Equal([(2, 2), (5, 4)], table!.Records.Select(r => (r.Line, r.SheetRow)));
    }
}
