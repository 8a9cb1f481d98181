using AngleSharp.Html.Parser;
using Kyodo.Tests.Testing;

namespace Kyodo.Tests.Pipelines;

/// <summary>A project ID that was merged or renamed away still answers, and its page leads to the successor first.</summary>
[Collection(BuiltSitesGroup.Name)]
public sealed class ProjectEndingTests(BuiltSites sites)
{
    public static TheoryData<string> Prefixes => new() { "", "en/" };

    [Theory]
    [MemberData(nameof(Prefixes))]
    public void ProjectPage_OfAProjectHandedOn_LinksItsSuccessorBeforeAnythingElse(string language)
    {
        var lineage = File.ReadAllLines(Path.Combine(Repo.Root, "data", "koriyama", "lineage.csv")).Skip(1)
            .Select(l => l.Split(','))
            .Where(c => c[1] == "project" && c[2] is "merged" or "renamed" or "split" && c[4].Length > 0 && c[4] != c[3])
            .Select(c => (From: c[3], To: c[4])).ToList();
        Assert.NotEmpty(lineage);

        foreach (var (from, to) in lineage)
        {
            var doc = new HtmlParser().ParseDocument(sites.Root.Read($"{language}projects/{from}/index.html"));
            var notice = doc.QuerySelector("main section.ended");
            Assert.True(notice is not null, $"{from}: no note on what became of the project");
            Assert.Contains(notice!.QuerySelectorAll("a"), a => a.GetAttribute("href") == $"/{language}projects/{to}/");
            // Prominent: right after the page heading, before the facts and the timeline.
            var all = doc.QuerySelectorAll("main *").ToList();
            Assert.True(all.IndexOf(notice) < all.IndexOf(doc.QuerySelector("main dl.facts")!), $"{from}: notice comes after the facts");
            Assert.True(sites.Root.Exists($"{language}projects/{to}/index.html"));
        }
    }
}
