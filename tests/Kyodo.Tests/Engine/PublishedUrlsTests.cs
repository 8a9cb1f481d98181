using Kyodo.Diagnostics;
using Kyodo.Engine;
using Kyodo.Pipelines;
using Kyodo.Tests.Corpus;
using Kyodo.Tests.Testing;

namespace Kyodo.Tests.Engine;

[Collection(BuiltSitesGroup.Name)]
public sealed class PublishedUrlsTests(BuiltSites sites)
{
    private static PublishedUrlList ShippedList()
    {
        var bag = new DiagnosticBag();
        var list = PublishedUrlList.Read(PublishedUrlList.PathIn(Path.Combine(Repo.Root, "data")), "data/published-urls.txt", bag);
        Assert.Empty(bag.Sorted());
        return list!;
    }

    [Fact]
    public void ShippedList_IsSortedWithoutDuplicates_AndEveryUrlIsBuilt()
    {
        var urls = ShippedList().Entries.Select(e => e.Url).ToList();

        Assert.True(urls.Count > 400, $"{urls.Count} URLs");
        Assert.Equal(urls.Order(StringComparer.Ordinal), urls);
        Assert.Equal(urls.Count, urls.Distinct().Count());
        Assert.True(sites.Root.Result.Success);
        foreach (var url in urls)
        {
            var file = url.EndsWith('/') ? url[1..] + "index.html" : url[1..];
            Assert.True(sites.Root.Exists(file), $"{url} is listed but not built");
        }
    }

    [Fact]
    public void ShippedList_HoldsEveryProjectPageInBothLanguages()
    {
        var urls = ShippedList().Entries.Select(e => e.Url).ToHashSet();
        var projects = File.ReadAllLines(Path.Combine(Repo.Root, "data", "koriyama", "projects.csv")).Skip(1).Select(l => l.Split(',')[0]).ToList();

        Assert.All(projects, id => Assert.Contains($"/projects/{id}/", urls));
        Assert.All(projects, id => Assert.Contains($"/en/projects/{id}/", urls));
    }

    private static IReadOnlyList<string> SampleUrls(Workspace w)
    {
        var (diagnostics, urls) = SiteBuilder.PublishedUrls(w.Paths, new BuildOptions { OutputDirectory = w.Full("_site"), RunNodeTools = false });
        Assert.Empty(diagnostics);
        return urls;
    }

    [Fact]
    public void Build_ProjectRowDeleted_FailsListingEachVanishedUrlWithItsLine_AndKeepsThePreviousSite()
    {
        using var w = new Workspace();
        w.Write("data/published-urls.txt", PublishedUrlList.Empty.WithAdded(SampleUrls(w)));
        var output = w.Full("_site");
        Assert.True(SiteBuilder.Build(w.Paths, new BuildOptions { OutputDirectory = output, RunNodeTools = false }).Success);
        var before = File.ReadAllText(Path.Combine(output, "projects", "p003", "index.html"));
        var lines = File.ReadAllLines(w.Full("data/published-urls.txt"));

        // Given a clerk who deletes a merged project instead of keeping it
        w.Replace("data/sample/projects.csv", "p003,,\n", "");
        w.ReplaceLine("data/sample/project_years.csv", 4, "");
        w.Write("data/sample/lineage.csv", "id,subject,event,from_id,to_id,year,evidence,evidence_ja,evidence_en,confidence,source\n");
        var result = SiteBuilder.Build(w.Paths, new BuildOptions { OutputDirectory = output, RunNodeTools = false });

        Assert.False(result.Success);
        var vanished = result.Diagnostics.Where(d => d.Code == "KY070").ToList();
        var urls = vanished.Select(d => lines[d.Location.Line - 1]).ToList();
        Assert.Contains("/projects/p003/", urls);
        Assert.Contains("/en/projects/p003/", urls);
        Assert.All(urls, u => Assert.Contains("p003", u, StringComparison.Ordinal));
        Assert.All(vanished, d => Assert.Equal("data/published-urls.txt", d.Location.File));
        Assert.All(vanished, d => Assert.Contains("lineage.csv", d.FixJa));
        Assert.Equal(before, File.ReadAllText(Path.Combine(output, "projects", "p003", "index.html")));
    }

    [Fact]
    public void Build_OnePlanOnly_DoesNotCheckTheList()
    {
        using var w = new Workspace();
        w.Write("data/published-urls.txt", "/a-page-of-another-plan/\n");

        var whole = SiteBuilder.Build(w.Paths, new BuildOptions { OutputDirectory = w.Full("_site"), RunNodeTools = false });
        var partial = SiteBuilder.Build(w.Paths, new BuildOptions { OutputDirectory = w.Full("_site"), RunNodeTools = false, Plans = ["sample"] });

        Assert.Equal("KY070", Assert.Single(whole.Diagnostics).Code);
        Assert.True(partial.Success);
    }

    [Fact]
    public void Build_MalformedLine_IsNamed()
    {
        using var w = new Workspace();
        w.Write("data/published-urls.txt", "# list\n/\nprojects/p001/\n");

        var result = SiteBuilder.Build(w.Paths, new BuildOptions { OutputDirectory = w.Full("_site"), RunNodeTools = false });

        var d = Assert.Single(result.Diagnostics);
        Assert.Equal(("KY071", 3), (d.Code, d.Location.Line));
    }

    [Fact]
    public void WithAdded_KeepsEveryListedUrlAndHeader_AddsSorted_AndIsStable()
    {
        var bag = new DiagnosticBag();
        using var temp = new TempDir();
        var path = temp.Write("published-urls.txt", "# our list\n/old/\n/b/\n");
        var list = PublishedUrlList.Read(path, "published-urls.txt", bag)!;

        var text = list.WithAdded(["/a/", "/b/", "/c/"]);
        File.WriteAllText(path, text);
        var again = PublishedUrlList.Read(path, "published-urls.txt", bag)!.WithAdded(["/a/"]);

        Assert.Equal("# our list\n/a/\n/b/\n/c/\n/old/\n", text);
        Assert.Equal(text, again);
        Assert.Empty(bag.Sorted());
    }

    [Theory]
    [InlineData("index.html", "/")]
    [InlineData("en/index.html", "/en/")]
    [InlineData("projects/p001/index.html", "/projects/p001/")]
    [InlineData("data/koriyama/projects.csv", "/data/koriyama/projects.csv")]
    public void UrlOf_OutputPath_IsItsAddress(string output, string url) => Assert.Equal(url, PublishedUrlList.UrlOf(output));

    [Theory]
    [InlineData("assets/site.css")]
    [InlineData("pagefind/pagefind.js")]
    [InlineData("404.html")]
    public void IsPublished_ToolAndThemeFiles_AreNotListed(string output) => Assert.False(PublishedUrlList.IsPublished(output));
}
