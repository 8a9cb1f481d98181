using System.Globalization;
using System.Xml.Linq;
using AngleSharp.Html.Parser;
using Kyodo.Tests.Testing;

namespace Kyodo.Tests.Pipelines;

[Collection(BuiltSitesGroup.Name)]
public sealed class ChangeFeedTests(BuiltSites sites)
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";
    private const string SiteUrl = "https://kyodo-project.github.io/kyodo/";

    [Theory]
    [InlineData("feed.atom", "ja")]
    [InlineData("en/feed.atom", "en")]
    public void Feed_IsAtomWithOneEntryPerEdition_NewestFirst(string file, string lang)
    {
        var feed = XDocument.Parse(sites.Root.Read(file)).Root!;

        Assert.Equal(Atom + "feed", feed.Name);
        Assert.Equal(lang, feed.Attribute(XNamespace.Xml + "lang")!.Value);
        Assert.Equal(SiteUrl + file, feed.Element(Atom + "id")!.Value);
        Assert.Equal(SiteUrl + file, feed.Elements(Atom + "link").Single(l => l.Attribute("rel")!.Value == "self").Attribute("href")!.Value);
        Assert.False(string.IsNullOrWhiteSpace(feed.Element(Atom + "title")!.Value));
        Assert.NotNull(feed.Element(Atom + "author")?.Element(Atom + "name"));

        var entries = feed.Elements(Atom + "entry").ToList();
        var prefix = lang == "ja" ? "" : "en/";
        // Both plans' editions, newest first; the same date keeps the order of site.yaml.
        Assert.Equal([$"{SiteUrl}{prefix}years/2025/", $"{SiteUrl}{prefix}years/2020/", $"{SiteUrl}{prefix}nasushiobara/years/2020/", $"{SiteUrl}{prefix}years/2018/"],
            entries.Select(e => e.Element(Atom + "id")!.Value));
        foreach (var entry in entries)
        {
            Assert.False(string.IsNullOrWhiteSpace(entry.Element(Atom + "title")!.Value));
            Assert.Equal("html", entry.Element(Atom + "content")!.Attribute("type")!.Value);
            Assert.Equal(entry.Element(Atom + "id")!.Value, entry.Element(Atom + "link")!.Attribute("href")!.Value);
            // The content is one line of HTML, elements side by side, as feed readers show it.
            Assert.DoesNotContain('\n', entry.Element(Atom + "content")!.Value);
        }
    }

    [Fact]
    public void Feed_Dates_ComeFromTheEditionsNotTheClock()
    {
        var feed = XDocument.Parse(sites.Root.Read("feed.atom")).Root!;

        var updated = feed.Elements(Atom + "entry").Select(e => e.Element(Atom + "updated")!.Value).ToList();

        // Plans take effect on 1 April of their fiscal year; a report on 1 April after the year it reports on.
        Assert.Equal(["2025-04-01T00:00:00+09:00", "2021-04-01T00:00:00+09:00", "2021-04-01T00:00:00+09:00", "2018-04-01T00:00:00+09:00"], updated);
        Assert.Equal("2025-04-01T00:00:00+09:00", feed.Element(Atom + "updated")!.Value);
        Assert.All(updated, u => DateTimeOffset.ParseExact(u, "yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Feed_2025Entry_ListsNewCompletedAndLineageChanges()
    {
        var feed = XDocument.Parse(sites.Root.Read("feed.atom")).Root!;
        var entry = feed.Elements(Atom + "entry").First();
        var html = new HtmlParser().ParseDocument(entry.Element(Atom + "content")!.Value);
        var links = html.QuerySelectorAll("a").Select(a => (Href: a.GetAttribute("href")!, Text: a.TextContent)).ToList();

        Assert.Contains(links, l => l.Href == SiteUrl + "projects/p089/" && l.Text == "町内会ＤＸ推進事業");
        Assert.Contains(links, l => l.Href == SiteUrl + "projects/p026/"); // completed (【完了等】)
        Assert.Contains(links, l => l.Href == SiteUrl + "projects/p032/" && l.Text.Contains("ハタチのつどい開催事業", StringComparison.Ordinal));
        Assert.Contains("新たに掲載された事業", entry.Element(Atom + "summary")!.Value);
    }

    [Fact]
    public void Feed_ReportEntry_GivesTheRatingCounts()
    {
        var feed = XDocument.Parse(sites.Root.Read("en/feed.atom")).Root!;
        var report = feed.Elements(Atom + "entry").Single(e => e.Element(Atom + "id")!.Value == SiteUrl + "en/years/2020/");
        var text = new HtmlParser().ParseDocument(report.Element(Atom + "content")!.Value).Body!.TextContent;

        Assert.Contains("75 rated entries", text);
        Assert.Contains("4 Carried out as planned: 54", text);
        // With several plans, each entry names its plan.
        var plan = Kyodo.Loading.SiteLoader.Load(Repo.Paths, new Kyodo.Diagnostics.DiagnosticBag())!.PrimaryPlan;
        Assert.Equal($"{Kyodo.Localization.Ui.PlanLabel(plan.Config).In(Kyodo.Model.Language.En)} FY2020 implementation report", report.Element(Atom + "title")!.Value);
    }

    [Theory]
    [InlineData("feed.atom")]
    [InlineData("en/feed.atom")]
    public void Feed_EveryLink_PointsToAPageOfTheSite(string file)
    {
        var feed = XDocument.Parse(sites.SubPath.Read(file)).Root!;
        var hrefs = feed.Descendants(Atom + "link").Select(l => l.Attribute("href")!.Value)
            .Concat(feed.Descendants(Atom + "content").SelectMany(c => new HtmlParser().ParseDocument(c.Value).QuerySelectorAll("a").Select(a => a.GetAttribute("href")!)))
            .Distinct().ToList();

        Assert.True(hrefs.Count > 50, $"only {hrefs.Count} links");
        foreach (var href in hrefs)
        {
            Assert.StartsWith(SiteUrl, href, StringComparison.Ordinal);
            var path = href[SiteUrl.Length..];
            if (path.Length == 0 || path.EndsWith('/')) path += "index.html";
            Assert.True(sites.SubPath.Exists(path), $"{file}: {href} does not exist");
        }
    }

    [Fact]
    public void EveryPage_LinksTheFeedOfItsLanguage()
    {
        var parser = new HtmlParser();
        foreach (var file in sites.SubPath.Files("*.html"))
        {
            var doc = parser.ParseDocument(sites.SubPath.Read(file));
            var link = doc.QuerySelector("head link[rel=alternate][type='application/atom+xml']");
            var expected = file.StartsWith("en/", StringComparison.Ordinal) ? "/kyodo/en/feed.atom" : "/kyodo/feed.atom";
            Assert.True(link?.GetAttribute("href") == expected, $"{file}: feed link {link?.GetAttribute("href") ?? "missing"}");
        }
    }
}
