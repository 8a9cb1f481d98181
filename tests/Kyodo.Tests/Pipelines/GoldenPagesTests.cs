using Kyodo.Tests.Testing;

namespace Kyodo.Tests.Pipelines;

/// <summary>
/// Representative pages of the shipped data compared with golden files (tests/Kyodo.Tests/Golden/pages), so that any
/// change to what citizens read shows up in a diff. Update with KYODO_UPDATE_GOLDEN=1 and review the diff.
/// </summary>
[Collection(BuiltSitesGroup.Name)]
public sealed class GoldenPagesTests(BuiltSites sites)
{
    [Theory]
    [InlineData("index.html", "home.ja.html")]
    [InlineData("en/index.html", "home.en.html")]
    [InlineData("measures/1/index.html", "measure-1.ja.html")]
    [InlineData("projects/p032/index.html", "project-with-lineage-p032.ja.html")]
    [InlineData("en/projects/p021/index.html", "project-ended-merged-p021.en.html")]
    [InlineData("projects/p043/index.html", "project-ended-completed-p043.ja.html")]
    [InlineData("en/indicators/community-attachment/index.html", "indicator-community-attachment.en.html")]
    [InlineData("years/2020/index.html", "year-2020.ja.html")]
    public void Page_MatchesItsGoldenFile(string page, string golden)
    {
        Assert.True(sites.Root.Result.Success);

        Golden.Match(Path.Combine("pages", golden), Golden.NormalizeHtml(sites.Root.Read(page)));
    }

    [Fact]
    public void NormalizeHtml_PutsEachElementOnItsOwnLine()
    {
        var html = Golden.NormalizeHtml("<!DOCTYPE html><html lang=\"ja\"><head><title>t</title></head><body><main><p>a<span lang=\"en\">b</span></p></main></body></html>");

        Assert.Contains("\n      <p>", html);
        Assert.Contains("<span lang=\"en\">", html);
        Assert.DoesNotContain("<main><p>", html);
    }
}
