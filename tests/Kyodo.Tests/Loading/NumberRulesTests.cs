using Kyodo.Diagnostics;
using Kyodo.Loading;
using Kyodo.Loading.Rows;
using Kyodo.Model;
using Kyodo.Schema;
using Kyodo.Schema.Maps;
using Kyodo.Tests.Testing;

namespace Kyodo.Tests.Loading;

/// <summary>Counts, decimal commas, era years past their era and over-long IDs (issue 22, item 7).</summary>
public sealed class NumberRulesTests
{
    private static Diagnostic? Check(FieldSpec field, string value)
    {
        var bag = new DiagnosticBag();
        var ok = CellRules.Check(field, value, new SourceLocation("t.csv", 2, 3, field.Name), bag);
        Assert.Equal(ok, bag.Count == 0);
        return bag.Sorted().SingleOrDefault();
    }

    private static FieldSpec Plain(FieldType type) => new("f", type, true, LocalizedText.Empty);

    [Fact]
    public void SummariesCsv_NegativeCount_IsRefusedAtItsCell()
    {
        using var temp = new TempDir();
        var paths = temp.CopyOfRepository();
        var file = Path.Combine(paths.Data, "koriyama", "summaries.csv");
        var lines = File.ReadAllLines(file);
        var cells = lines[1].Split(',');
        cells[4] = "-3";
        lines[1] = string.Join(',', cells);
        File.WriteAllLines(file, lines);
        var bag = new DiagnosticBag();

        SiteLoader.Load(paths, bag);

        var d = Assert.Single(bag.Sorted(), x => x.IsError);
        Assert.Equal("KY023", d.Code);
        Assert.Equal(2, d.Location.Line);
        Assert.Equal("value", d.Location.ColumnName);
        Assert.Contains("cannot be negative", d.MessageEn, StringComparison.Ordinal);
    }

    [Fact]
    public void EveryCountColumnOfTheMaps_RefusesNegatives()
    {
        var counts = new[] { TableMaps.Summaries.Value.Field, TableMaps.Reconciliation.Published.Field, TableMaps.Reconciliation.Computed.Field };
        foreach (var field in counts)
        {
            Assert.Equal(0m, field.Minimum);
            Assert.Equal("KY023", Check(field, "-1")?.Code);
            Assert.Null(Check(field, "0"));
        }
        // Figures that may fall below zero (a change, a balance) stay free.
        Assert.Null(Check(TableMaps.Metrics.Value.Field, "-5"));
    }

    [Theory]
    [InlineData("67,6", "67.6")]
    [InlineData("-0,25", "-0.25")]
    [InlineData("3,1416", "3.1416")]
    public void Number_DecimalComma_SuggestsTheDecimalPoint(string value, string suggestion)
    {
        var d = Check(Plain(FieldType.Number), value)!;

        Assert.Equal("KY024", d.Code);
        Assert.Contains($"\"{suggestion}\"", d.FixEn, StringComparison.Ordinal);
        Assert.Contains($"「{suggestion}」", d.FixJa, StringComparison.Ordinal);
    }

    [Fact]
    public void Number_ThousandsSeparator_StillSuggestsTheWholeNumber()
    {
        var d = Check(Plain(FieldType.Number), "1,901")!;

        Assert.Equal("KY032", d.Code);
        Assert.Contains("1901", d.FixEn, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("平成45年度", "平成", 31)]
    [InlineData("H32", "平成", 31)]
    [InlineData("昭和65年", "昭和", 64)]
    [InlineData("S70", "昭和", 64)]
    public void Year_PastItsEraEnd_SaysTheEraEnded(string value, string era, int last)
    {
        var d = Check(Plain(FieldType.Year), value)!;

        Assert.Equal("KY025", d.Code);
        Assert.Contains($"{era}は{last}年で終わりました", d.MessageJa, StringComparison.Ordinal);
        Assert.Contains($"ended in its year {last}", d.MessageEn, StringComparison.Ordinal);
        Assert.Null(CellRules.JapaneseEraToWestern(value));
    }

    [Theory]
    [InlineData("平成31年度", 2019)]
    [InlineData("昭和64年", 1989)]
    [InlineData("令和45年度", 2063)]
    public void Year_LastYearOfAnEra_StillConverts(string value, int western)
    {
        Assert.Equal(western, CellRules.JapaneseEraToWestern(value));
        Assert.Equal("KY035", Check(Plain(FieldType.Year), value)!.Code);
    }

    [Fact]
    public void Id_Of65Characters_FixMentionsTheLimit()
    {
        var d = Check(Plain(FieldType.Id), new string('a', 65))!;

        Assert.Equal("KY038", d.Code);
        Assert.Contains("64", d.FixJa, StringComparison.Ordinal);
        Assert.Contains("at most 64 characters", d.FixEn, StringComparison.Ordinal);
        Assert.Null(Check(Plain(FieldType.Id), new string('a', 64)));
    }
}
