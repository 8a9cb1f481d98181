using Kyodo.Engine;
using Kyodo.Pipelines;
using Kyodo.Tests.Corpus;

namespace Kyodo.Tests.Pipelines;

public sealed class LinkCheckTests
{
    private static BuildResult BuildWithAboutText(string markdown)
    {
        using var w = new Workspace();
        w.Write("input/en/about.md", w.Read("input/en/about.md") + "\n" + markdown + "\n");
        return SiteBuilder.Build(w.Paths, new BuildOptions { OutputDirectory = w.Full("_site"), RunNodeTools = false });
    }

    [Fact]
    public void QuotedMarkupInText_IsNotALink()
    {
        var result = BuildWithAboutText("Write it as <a href=\"/nowhere/\">this</a> and src=\"/missing.png\".");

        Assert.True(result.Success, string.Join("\n", result.Diagnostics.Select(d => d.Format())));
    }

    [Fact]
    public void RealLinkToAMissingPage_FailsTheBuild()
    {
        var result = BuildWithAboutText("See [the missing page](/nowhere/).");

        var d = Assert.Single(result.Diagnostics);
        Assert.Equal(("KY080", "en/about/index.html"), (d.Code, d.Location.File));
    }
}
