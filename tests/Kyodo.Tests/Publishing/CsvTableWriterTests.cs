using System.Text;
using Kyodo.Diagnostics;
using Kyodo.Loading.Csv;
using Kyodo.Model;
using Kyodo.Publishing;
using Kyodo.Schema;

namespace Kyodo.Tests.Publishing;

public sealed class CsvTableWriterTests
{
    private static readonly TableSpec Spec = new("things", LocalizedText.Both("t"), LocalizedText.Both("t"),
    [
        new FieldSpec("id", FieldType.Id, true, LocalizedText.Both("id")),
        new FieldSpec("value", FieldType.Number, false, LocalizedText.Both("value")),
        new FieldSpec("text_ja", FieldType.Text, false, LocalizedText.Both("text")),
    ], ["id"]);

    private static TableData Table(params string[][] rows) => new(Spec, rows);

    [Fact]
    public void Canonical_WritesHeaderInFieldOrderCrlfAndNoBom()
    {
        var bytes = CsvTableWriter.Canonical(Table(["a", "1.50", "x"], ["b", "", ""]));

        Assert.Equal("id,value,text_ja\r\na,1.50,x\r\nb,,\r\n", Encoding.UTF8.GetString(bytes));
        Assert.NotEqual(0xEF, bytes[0]);
    }

    [Theory]
    [InlineData("a,b", "\"a,b\"")]
    [InlineData("say \"hi\"", "\"say \"\"hi\"\"\"")]
    [InlineData("two\nlines", "\"two\nlines\"")]
    [InlineData(" padded", "\" padded\"")]
    [InlineData("全角の空白　", "\"全角の空白　\"")]
    [InlineData("日本語", "日本語")]
    [InlineData("", "")]
    public void Canonical_QuotesOnlyWhatNeedsQuoting(string value, string expected) =>
        Assert.Equal($"id,value,text_ja\r\na,,{expected}\r\n", Encoding.UTF8.GetString(CsvTableWriter.Canonical(Table(["a", "", value]))));

    [Fact]
    public void Canonical_ParsesBackToTheSameCells()
    {
        var rows = new[] { new[] { "a", "-3.25", "○一行目\n・二行目, \"引用\"" }, new[] { "b", "", " 前後に空白 " } };
        var diagnostics = new DiagnosticBag();

        var table = CsvTableReader.Read(Encoding.UTF8.GetString(CsvTableWriter.Canonical(Table(rows))), "t.csv", diagnostics);

        Assert.False(diagnostics.HasErrors);
        Assert.Equal(rows, table!.Records.Select(r => r.Cells.Select(c => c.Value).ToArray()).ToArray());
    }

    [Fact]
    public void ExcelCopy_AddsBomAndNeutralizesFormulaTextButNotNumbers()
    {
        var table = Table(["a", "-3", "=1+1"], ["b", "", "- %"], ["c", "", "@SUM(A1)"], ["d", "", "+81"], ["e", "", "普通の文"]);

        var excel = CsvTableWriter.ExcelCopy(table);

        Assert.Equal(CsvTableWriter.Bom.ToArray(), excel[..3]);
        // Escaped and quoted, as OWASP recommends for CSV injection.
        Assert.Equal("id,value,text_ja\r\na,-3,\"'=1+1\"\r\nb,,\"'- %\"\r\nc,,\"'@SUM(A1)\"\r\nd,,\"'+81\"\r\ne,,普通の文\r\n", Encoding.UTF8.GetString(excel[3..]));
        Assert.Contains("a,-3,=1+1", Encoding.UTF8.GetString(CsvTableWriter.Canonical(table)));
    }

    [Fact]
    public void ExcelCopy_WithoutRiskyCells_DiffersOnlyByTheBom()
    {
        var table = Table(["a", "-3", "テキスト, 引用"], ["b", "2", ""]);

        Assert.Equal(CsvTableWriter.Canonical(table), CsvTableWriter.ExcelCopy(table)[3..]);
    }

    [Theory]
    [InlineData("=cmd")]
    [InlineData("\tx")]
    [InlineData("-doc")]
    [InlineData("@x")]
    public void ExcelCopy_NoTextCellWouldRunAsAFormula(string value)
    {
        var excel = CsvTableWriter.ExcelCopy(Table(["a", "-1.5", value]));
        var diagnostics = new DiagnosticBag();

        var cells = CsvTableReader.Read(Encoding.UTF8.GetString(excel[3..]), "t.csv", diagnostics)!.Records[0].Cells;

        Assert.Equal("-1.5", cells[1].Value);
        Assert.False(Testing.Formulas.WouldRun(cells[2].Value), cells[2].Value);
        Assert.True(Testing.Formulas.WouldRun(value));
    }
}
