using AngleSharp.Html.Parser;
using Kyodo.Engine;
using Kyodo.Loading;
using Kyodo.Pipelines;
using Kyodo.Tests.Testing;

namespace Kyodo.Tests.Rendering;

/// <summary>The shipped data and pages with hostile strings in every text, built under a sub-path.</summary>
public sealed class HostileSite : IDisposable
{
    private readonly TempDir _temp = new();

    public HostileSite()
    {
        TempDir.CopyTree(Path.Combine(Repo.Root, "data"), _temp.Combine("data"));
        TempDir.CopyTree(Path.Combine(Repo.Root, "input"), _temp.Combine("input"));
        Texts = HostileData.Poison(_temp.Combine("data"), _temp.Combine("input"));
        var paths = new SitePaths(_temp.Path, _temp.Combine("data"), _temp.Combine("input"), Path.Combine(Repo.Root, "theme"));
        Output = _temp.Combine("_site");
        Result = SiteBuilder.Build(paths, new BuildOptions { OutputDirectory = Output, BasePath = "/kyodo/", RunNodeTools = false });
    }

    public int Texts { get; }
    public string Output { get; }
    public BuildResult Result { get; }

    public IEnumerable<string> Files(string pattern) => Directory.GetFiles(Output, pattern, SearchOption.AllDirectories).Order(StringComparer.Ordinal);

    public void Dispose() => _temp.Dispose();
}

public sealed class InjectionTests(HostileSite site) : IClassFixture<HostileSite>
{
    [Fact]
    public void HostileTexts_Build()
    {
        Assert.True(site.Texts > 3000, $"only {site.Texts} texts poisoned");
        Assert.True(site.Result.Success, string.Join("\n", site.Result.Diagnostics.Take(20).Select(d => d.Format())));
    }

    [Fact]
    public void NoOutputFile_HoldsLiveScriptHandlerOrScriptUrl()
    {
        Assert.True(site.Result.Success);

        Assert.Empty(LiveContent.Problems(site.Output, "/kyodo/"));
    }

    [Fact]
    public void HostileTexts_ReachThePages_AsText()
    {
        var parser = new HtmlParser();
        int inText = 0, inAttributes = 0, markdown = 0;
        foreach (var file in site.Files("*.html"))
        {
            var doc = parser.ParseDocument(File.ReadAllText(file));
            if (doc.Body!.TextContent.Contains("<script>alert(1)</script>\"><img src=x onerror=alert(1)>", StringComparison.Ordinal)) inText++;
            if (doc.All.Any(e => e.Attributes.Any(a => a.Value.Contains("onerror=alert(1)", StringComparison.Ordinal)))) inAttributes++;
            if (doc.Body.TextContent.Contains("<span onmouseover=\"alert(1)\">y</span>", StringComparison.Ordinal)) markdown++;
        }

        // Shown to the reader as the characters they are, in text and in attributes (titles, descriptions).
        Assert.True(inText > 300, $"payload shown as text on {inText} pages");
        Assert.True(inAttributes > 150, $"payload in attribute values on {inAttributes} pages");
        Assert.True(markdown >= 6, $"raw HTML of Markdown shown as text on {markdown} pages");
    }

    [Fact]
    public void MarkdownLinks_KeepQuotesInsideTheUrl()
    {
        var html = File.ReadAllText(Path.Combine(site.Output, "about", "index.html"));
        var doc = new HtmlParser().ParseDocument(html);

        var link = doc.QuerySelectorAll("a").Single(a => a.TextContent == "a link with quotes");
        Assert.Equal(["href"], link.Attributes.Select(a => a.Name));
        Assert.StartsWith("https://example.com/", link.GetAttribute("href"), StringComparison.Ordinal);
    }

    [Fact]
    public void CanonicalCsv_KeepsFormulaLikeTextExactly()
    {
        // Canonical downloads are for programs: values exactly as in the data (docs/security.md).
        var csv = site.Files("*.csv").Where(f => !File.ReadAllBytes(f).AsSpan().StartsWith("\uFEFF"u8)).Select(File.ReadAllText).ToList();

        Assert.NotEmpty(csv);
        Assert.Contains(csv, text => text.Contains("\n\"=HYPERLINK(\"\"https://example.com\"\",\"\"x\"\") <script>", StringComparison.Ordinal)
                                     || text.Contains(",\"=HYPERLINK(\"\"https://example.com\"\",\"\"x\"\") <script>", StringComparison.Ordinal));
    }
}
