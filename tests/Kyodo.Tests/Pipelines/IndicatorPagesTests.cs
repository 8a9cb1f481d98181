using AngleSharp.Html.Parser;
using Kyodo.Tests.Testing;

namespace Kyodo.Tests.Pipelines;

[Collection(BuiltSitesGroup.Name)]
public sealed class IndicatorPagesTests(BuiltSites sites)
{
    private static readonly HtmlParser Parser = new();

    [Theory]
    [InlineData("indicators/community-attachment/index.html", "mark-approaching", "近づいている")]
    [InlineData("en/indicators/traffic-deaths/index.html", "mark-flat", "No change")]
    [InlineData("en/indicators/safe-community-awareness/index.html", "mark-receding", "Moving away")]
    public void IndicatorPage_ShowsTheCitysPublishedMark(string page, string cssClass, string words)
    {
        var doc = Parser.ParseDocument(sites.Root.Read(page));

        var mark = doc.QuerySelector("main .mark");

        Assert.NotNull(mark);
        Assert.Contains(cssClass, mark!.ClassList);
        Assert.Contains(words, mark.TextContent);
    }

    [Fact]
    public void IndicatorIndex_ShowsEveryMarkAsPublished()
    {
        var doc = Parser.ParseDocument(sites.Root.Read("indicators/index.html"));

        var marks = doc.QuerySelectorAll("main table .mark").Select(m => m.ClassList.First(c => c.StartsWith("mark-", StringComparison.Ordinal))).ToList();

        // The 2020 report: 14 approaching (incl. both overall indicators), 1 flat, 6 receding, 2 not evaluable.
        Assert.Equal(23, marks.Count);
        Assert.Equal(14, marks.Count(m => m == "mark-approaching"));
        Assert.Equal(1, marks.Count(m => m == "mark-flat"));
        Assert.Equal(6, marks.Count(m => m == "mark-receding"));
        Assert.Equal(2, marks.Count(m => m == "mark-not_evaluable"));
    }
}
