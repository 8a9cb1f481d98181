using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Kyodo.Tests.Testing;

namespace Kyodo.Tests.Pipelines;

/// <summary>What citizens read on the built pages: ended projects, the latest year, mixed language, the accessibility page.</summary>
[Collection(BuiltSitesGroup.Name)]
public sealed class CitizenPagesTests(BuiltSites sites)
{
    private static readonly HtmlParser Parser = new();

    private IDocument Page(string path) => Parser.ParseDocument(sites.Root.Read(path));

    [Fact]
    public void EndedProject_SaysHowItEndedAndLinksWhereTheWorkWent()
    {
        var page = Page("en/projects/p021/index.html");

        var note = page.QuerySelector("section.ended");
        Assert.NotNull(note);
        Assert.Contains("In FY2020 it was merged into another project.", note.TextContent);
        Assert.Equal("/en/projects/p022/", note.QuerySelector("li a")?.GetAttribute("href"));
    }

    [Fact]
    public void ProjectInTheLatestPlan_HasNoEndingNote()
    {
        Assert.Null(Page("projects/p001/index.html").QuerySelector("section.ended"));
    }

    [Fact]
    public void Home_ShowsHowTheLatestReportWent_ForIndicatorsAndProjects()
    {
        var page = Page("index.html");

        var counts = page.QuerySelectorAll(".mark-counts li").Select(li => li.TextContent.Trim()).ToList();
        Assert.Equal(4, counts.Count);
        Assert.StartsWith("14", counts[0]);
        Assert.Contains("近づいている", counts[0]);
        Assert.NotNull(page.QuerySelector("svg.rating-bar"));
    }

    [Fact]
    public void EnglishPage_MarksJapaneseQuotedInTheTranslation()
    {
        var page = Page("en/projects/p021/index.html");

        var japanese = page.QuerySelectorAll("main span[lang=ja]").Select(s => s.TextContent).ToList();
        Assert.Contains("双方向コミュニケーション事業", japanese);
        Assert.Contains(page.QuerySelectorAll(".sources span[lang=ja]"), s => s.TextContent.StartsWith("基本施策", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("index.html", "English", "en")]
    [InlineData("en/index.html", "日本語", "ja")]
    public void LanguageSwitch_ItsNameStartsWithTheVisibleLabelInTheOtherLanguage(string path, string label, string lang)
    {
        var link = Page(path).QuerySelector("a.lang-switch");

        Assert.NotNull(link);
        Assert.Null(link.GetAttribute("aria-label"));
        var visible = link.QuerySelector("span[lang]");
        Assert.Equal((label, lang), (visible?.TextContent, visible?.GetAttribute("lang")));
        Assert.StartsWith(label, link.TextContent);
    }

    [Theory]
    [InlineData("accessibility/index.html", "JIS X 8341-3:2016", "自動試験を実行せずに作成されました")]
    [InlineData("en/accessibility/index.html", "JIS X 8341-3:2016", "made without running the automated tests")]
    public void AccessibilityPage_StatesTheTargetAndThatThisBuildRanNoAudit(string path, string target, string noAudit)
    {
        var page = Page(path);

        Assert.Contains(target, page.QuerySelector("main")!.TextContent);
        Assert.Contains(noAudit, page.QuerySelector("#audit-results")?.ParentElement?.TextContent);
    }

    [Fact]
    public void OtherContentPages_DoNotShowTheAudit()
    {
        Assert.Null(Page("about/index.html").QuerySelector("#audit-results"));
    }
}
