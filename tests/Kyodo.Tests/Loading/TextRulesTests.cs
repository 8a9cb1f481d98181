using Kyodo.Diagnostics;
using Kyodo.Loading;
using Kyodo.Loading.Yaml;
using Kyodo.Schema.Maps;
using Kyodo.Tests.Testing;
using Kyodo.Xlsx;

namespace Kyodo.Tests.Loading;

/// <summary>
/// The one set of text rules (issue 22.3, 22.4): refused, removed and printed characters, and the same answer for
/// a CSV cell, an Excel cell, a YAML value and a Markdown page. The corpus (text/*, yaml/*, markdown/* cases) holds
/// the places each input reports.
/// </summary>
public sealed class TextRulesTests
{
    [Theory]
    [InlineData(0x202A, "U+202A LEFT-TO-RIGHT EMBEDDING")]
    [InlineData(0x202B, "U+202B RIGHT-TO-LEFT EMBEDDING")]
    [InlineData(0x202C, "U+202C POP DIRECTIONAL FORMATTING")]
    [InlineData(0x202D, "U+202D LEFT-TO-RIGHT OVERRIDE")]
    [InlineData(0x202E, "U+202E RIGHT-TO-LEFT OVERRIDE")]
    [InlineData(0x2066, "U+2066 LEFT-TO-RIGHT ISOLATE")]
    [InlineData(0x2067, "U+2067 RIGHT-TO-LEFT ISOLATE")]
    [InlineData(0x2068, "U+2068 FIRST STRONG ISOLATE")]
    [InlineData(0x2069, "U+2069 POP DIRECTIONAL ISOLATE")]
    [InlineData(0x200E, "U+200E LEFT-TO-RIGHT MARK")]
    [InlineData(0x200F, "U+200F RIGHT-TO-LEFT MARK")]
    [InlineData(0x061C, "U+061C ARABIC LETTER MARK")]
    [InlineData(0xFEFF, "U+FEFF ZERO WIDTH NO-BREAK SPACE")]
    [InlineData(0x2060, "U+2060 WORD JOINER")]
    [InlineData(0x2062, "U+2062 INVISIBLE TIMES")]
    [InlineData(0x3164, "U+3164 HANGUL FILLER")]
    [InlineData(0xE0041, "U+E0041 TAG LATIN CAPITAL LETTER A")]
    public void InvisibleAndBidirectionalCharacters_AreRefused_NamedByCodePointAndName(int codePoint, string name)
    {
        var diagnostics = new DiagnosticBag();
        var value = "事業" + char.ConvertFromUtf32(codePoint) + "gnp.exe";

        var result = TextRules.CheckValue(value, "name_ja", new SourceLocation("t.csv", 2, 7), diagnostics);

        Assert.Null(result);
        var error = Assert.Single(diagnostics.Sorted());
        Assert.Equal("KY044", error.Code);
        Assert.True(error.IsError);
        Assert.Contains(name, error.MessageEn, StringComparison.Ordinal);
        Assert.Contains(name, error.MessageJa, StringComparison.Ordinal);
        Assert.Contains("position 3", error.MessageEn, StringComparison.Ordinal);
        Assert.Contains("3 文字目", error.MessageJa, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0x01, "U+0001 START OF HEADING")]
    [InlineData(0x0B, "U+000B LINE TABULATION")]
    [InlineData(0x7F, "U+007F DELETE")]
    [InlineData(0x85, "U+0085 NEXT LINE")]
    [InlineData(0x2028, "U+2028 LINE SEPARATOR")]
    public void ControlCharacters_AreRefusedAsKY042(int codePoint, string name)
    {
        var diagnostics = new DiagnosticBag();

        var at = new SourceLocation("t.csv", 2, 10);
        Assert.Null(TextRules.CheckValue("a" + (char)codePoint, "plan_ja", at, diagnostics));

        var error = Assert.Single(diagnostics.Sorted());
        Assert.Equal("KY042", error.Code);
        Assert.Contains(name, error.MessageEn, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("市民活動\u200B団体", "市民活動団体", "U+200B ZERO WIDTH SPACE")]
    [InlineData("sup\u00ADport", "support", "U+00AD SOFT HYPHEN")]
    public void ZeroWidthSpaceAndSoftHyphen_AreTakenOutWithAWarning(string value, string clean, string name)
    {
        var diagnostics = new DiagnosticBag();

        Assert.Equal(clean, TextRules.CheckValue(value, "plan_ja", new SourceLocation("t.csv", 2, 10), diagnostics));

        var warning = Assert.Single(diagnostics.Sorted());
        Assert.Equal("KY045", warning.Code);
        Assert.False(warning.IsError);
        Assert.Contains(name, warning.MessageEn, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("改行\nとタブ\t")]
    [InlineData("👨\u200D👩\u200D👧 家族")] // zero-width joiners make one emoji
    [InlineData("葛\U000E0100飾区")] // an ideographic variation selector: the 葛 of a registered name
    [InlineData("❤\uFE0F")]
    [InlineData("مرحبا \u200C")] // the zero-width non-joiner is spelling in Persian and other scripts
    [InlineData("Ｆｕｌｌ－ｗｉｄｔｈ　全角")]
    public void LegitimateText_IsPrintedAsItIs(string value)
    {
        var diagnostics = new DiagnosticBag();

        Assert.Equal(value, TextRules.CheckValue(value, "plan_ja", new SourceLocation("t.csv"), diagnostics));
        Assert.Empty(diagnostics.Sorted());
    }

    [Fact]
    public void ExcelCell_WithARightToLeftOverride_IsRefusedLikeACsvCell()
    {
        using var temp = new TempDir();
        File.WriteAllBytes(temp.Combine("projects.xlsx"), XlsxWriter.Write(
            [Workbooks.Sheet("projects", ["id", "note_ja", "note_en"], ["p001", "事業\u202Egnp.exe", null], ["p002", null, "a\u200Eb"])]));

        var diagnostics = new DiagnosticBag();
        new DataFiles(temp.Path, temp.Path, diagnostics).Read(TableMaps.Projects);

        var errors = diagnostics.Sorted().Where(d => d.IsError).ToList();
        Assert.Equal(
            [("KY044", 2, 2), ("KY044", 3, 3)], errors.Select(e => (e.Code, e.Location.Line, e.Location.Column)));
        Assert.Contains("U+202E RIGHT-TO-LEFT OVERRIDE", errors[0].MessageEn, StringComparison.Ordinal);
        Assert.Contains("U+200E LEFT-TO-RIGHT MARK", errors[1].MessageEn, StringComparison.Ordinal);
    }

    [Fact]
    public void YamlComment_WithABidirectionalOverride_IsRefused()
    {
        var diagnostics = new DiagnosticBag();

        var (_, root) = YamlReader.Parse("id: sample # \u202Eevil\nname: x\n", "plan.yaml", diagnostics);

        Assert.Null(root);
        var error = Assert.Single(diagnostics.Sorted());
        Assert.Equal(("KY044", 1, 14), (error.Code, error.Location.Line, error.Location.Column));
    }

    [Fact]
    public void YamlValue_WithAZeroWidthSpace_IsReadWithoutIt()
    {
        var diagnostics = new DiagnosticBag();

        var (y, root) = YamlReader.Parse("title: \"サンプル\\u200B市\"\n", "site.yaml", diagnostics);

        Assert.Equal("サンプル市", y.Text(root!, "title"));
        Assert.Equal("KY045", Assert.Single(diagnostics.Sorted()).Code);
    }

    [Fact]
    public void MarkdownPage_WithAControlCharacter_IsNotPublished()
    {
        using var temp = new TempDir();
        foreach (var lang in new[] { "ja", "en" })
        {
            temp.Write($"input/{lang}/accessibility.md", $"---\ntitle: T {lang}\n---\nText\u0001 and\u000B more.\n");
        }
        var diagnostics = new DiagnosticBag();

        var files = new DataFiles(temp.Combine("data"), temp.Path, diagnostics);
        var pages = ContentLoader.Load(temp.Combine("input"), files, diagnostics);

        Assert.Empty(pages);
        var errors = diagnostics.Sorted().Where(d => d.Location.File == "input/en/accessibility.md").ToList();
        Assert.Equal(
            [("KY042", 4, 5), ("KY042", 4, 10)], errors.Select(e => (e.Code, e.Location.Line, e.Location.Column)));
    }

    [Fact]
    public void RequiredText_OfOnlyAZeroWidthSpace_IsEmpty()
    {
        // Found by PropertyTests: the removed character left a required cell empty, and it passed.
        var field = Kyodo.Schema.Tables.All.SelectMany(t => t.Fields)
            .First(f => f.Type == Kyodo.Schema.FieldType.Text && f.Required);
        var diagnostics = new DiagnosticBag();

        var at = new SourceLocation("t.csv", 2, 3, field.Name);
        Assert.False(Kyodo.Loading.Rows.CellRules.Check(field, "\u200B", at, diagnostics));
        var required = Messages.RequiredValue(at, field.Name).Code;
        Assert.Contains(diagnostics.Sorted(), d => d.IsError && d.Code == required);
    }
}
