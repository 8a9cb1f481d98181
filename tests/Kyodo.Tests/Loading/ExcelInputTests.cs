using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;
using Kyodo.Diagnostics;
using Kyodo.Loading.Excel;
using Kyodo.Xlsx;
using Kyodo.Schema.Maps;
using Kyodo.Tests.Testing;

namespace Kyodo.Tests.Loading;

/// <summary>Formula cells of an input workbook, and workbooks that cannot be opened (issue 22, item 8).</summary>
public sealed class ExcelInputTests
{
    private static readonly string[] Header = ["year", "table", "measure_id", "key", "value", "printed", "source", "note_ja", "note_en"];

    /// <summary>A summaries workbook of <paramref name="rows"/> rows whose value cells (column E) are formulas.</summary>
    private static string FormulaWorkbook(TempDir temp, int rows, int formulas)
    {
        var data = new List<IReadOnlyList<object?>> { Header };
        for (var i = 0; i < rows; i++) data.Add([2020, "indicator-progress", "1", $"k{i}", 12m, null, "src#1", null, null]);
        var path = temp.Combine("summaries.xlsx");
        File.WriteAllBytes(path, XlsxWriter.Write([Workbooks.Sheet("summaries", [.. data])]));
        using var zip = ZipFile.Open(path, ZipArchiveMode.Update);
        var entry = zip.GetEntry("xl/worksheets/sheet1.xml")!;
        string xml;
        using (var reader = new StreamReader(entry.Open())) xml = reader.ReadToEnd();
        for (var r = 2; r < 2 + formulas; r++)
        {
            // The writer may prefix the elements (<x:c>); Excel writes them without.
            xml = Regex.Replace(xml, $"<(\\w+:)?c r=\"E{r}\"([^>]*)><(\\w+:)?v>", $"<$1c r=\"E{r}\"$2><$1f>SUM(1,11)</$1f><$1v>");
        }
        entry.Delete();
        using var writer = new StreamWriter(zip.CreateEntry("xl/worksheets/sheet1.xml").Open(), new UTF8Encoding(false));
        writer.Write(xml);
        return path;
    }

    [Fact]
    public void FormulaCell_IsAWarningNamingTheSheetCellFormulaAndValue()
    {
        using var temp = new TempDir();
        var path = FormulaWorkbook(temp, rows: 3, formulas: 1);
        var bag = new DiagnosticBag();

        var table = ExcelTableReader.Read(path, "data/koriyama/summaries.xlsx", TableMaps.Summaries.Spec, bag);

        Assert.NotNull(table);
        var d = Assert.Single(bag.Sorted());
        Assert.Equal("KY019", d.Code);
        Assert.Equal(Severity.Warning, d.Severity);
        Assert.Equal(new SourceLocation("data/koriyama/summaries.xlsx", 2, 5, null, "summaries"), d.Location);
        Assert.Contains("=SUM(1,11)", d.MessageEn, StringComparison.Ordinal);
        Assert.Contains("\"12\"", d.MessageEn, StringComparison.Ordinal);
        Assert.Contains("E列", d.Location.ToJapanese(), StringComparison.Ordinal);
    }

    [Fact]
    public void ManyFormulaCells_AreNamedUpToTwentyThenCounted()
    {
        using var temp = new TempDir();
        var path = FormulaWorkbook(temp, rows: 30, formulas: 30);
        var bag = new DiagnosticBag();

        ExcelTableReader.Read(path, "summaries.xlsx", TableMaps.Summaries.Spec, bag);

        var found = bag.Sorted();
        Assert.Equal(21, found.Count);
        Assert.All(found, d => Assert.Equal("KY019", d.Code));
        Assert.Contains(found, d => d.MessageEn.Contains("10 more formula cells", StringComparison.Ordinal) && d.Location.Line == 22);
    }

    public static TheoryData<string, byte[], string> Unreadable()
    {
        byte[] Compound(string streams) => [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, .. new byte[504], .. Encoding.Unicode.GetBytes(streams), .. new byte[1024]];
        var zip = new MemoryStream();
        using (var archive = new ZipArchive(zip, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var w = new StreamWriter(archive.CreateEntry("readme.txt").Open());
            w.Write("not a workbook");
        }
        return new()
        {
            { "encrypted", Compound("EncryptionInfo\0EncryptedPackage"), "パスワードで保護" },
            { "xls", Compound("Workbook\0SummaryInformation"), "古い Excel 形式（.xls" },
            { "zip", zip.ToArray(), "Excel ブックではない ZIP ファイルか、壊れた" },
            { "text", "id,name\np001,x\n"u8.ToArray(), "Excel ブック（.xlsx）ではありません" },
        };
    }

    [Theory]
    [MemberData(nameof(Unreadable))]
    public void UnreadableWorkbook_IsExplainedInJapaneseWithTheLibraryTextOnlyAsADetail(string name, byte[] bytes, string causeJa)
    {
        using var temp = new TempDir();
        var path = temp.Combine(name + ".xlsx");
        File.WriteAllBytes(path, bytes);
        var bag = new DiagnosticBag();

        Assert.Null(ExcelTableReader.Read(path, "projects.xlsx", TableMaps.Projects.Spec, bag));

        var d = Assert.Single(bag.Sorted());
        Assert.Equal("KY014", d.Code);
        Assert.Contains(causeJa, d.MessageJa, StringComparison.Ordinal);
        var detail = Regex.Match(d.MessageEn, @"\(Detail: (.+)\)$").Groups[1].Value;
        Assert.NotEmpty(detail);
        Assert.DoesNotContain(detail, d.MessageJa, StringComparison.Ordinal);
        Assert.DoesNotMatch("[A-Za-z]{3,} [A-Za-z]{3,}", d.MessageJa);
    }
}
