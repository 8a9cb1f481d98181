using Kyodo.Routing;
using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Kyodo.Diagnostics;
using Kyodo.Engine;
using Kyodo.Loading;
using Kyodo.Model;
using Kyodo.Pipelines;
using Kyodo.Tests.Testing;

namespace Kyodo.Tests.Rendering;

/// <summary>Every download escapes by its own format's rules (issue 22, item 9).</summary>
public sealed class DownloadSafetyTests(HostileSite site) : IClassFixture<HostileSite>
{
    private string Read(string path) => File.ReadAllText(Path.Combine(site.Output, path));

    [Fact]
    public void EveryProjectAndIndicatorCsv_HasAnExcelCopyWithFormulasDefused()
    {
        Assert.True(site.Result.Success, string.Join("\n", site.Result.Diagnostics.Select(d => d.Format())));
        var twins = Directory.GetFiles(Path.Combine(site.Output, "projects"), "*.csv")
            .Concat(Directory.GetFiles(Path.Combine(site.Output, "indicators"), "*.csv"))
            .Where(f => !f.EndsWith(".excel.csv", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(twins);
        var raw = 0;
        foreach (var twin in twins)
        {
            var copy = twin[..^".csv".Length] + ".excel.csv";
            Assert.True(File.Exists(copy), copy);
            var bytes = File.ReadAllBytes(copy);
            Assert.True(bytes.AsSpan().StartsWith(Kyodo.Publishing.CsvTableWriter.Bom), copy);
            var text = Encoding.UTF8.GetString(bytes);
            // A cell that starts a field with a formula character is what a spreadsheet would run.
            Assert.DoesNotMatch("(^|[,\\n])\"?[=+@]", text);
            if (Regex.IsMatch(File.ReadAllText(twin), "(^|[,\\n])\"?=HYPERLINK")) raw++;
        }
        Assert.True(raw > 0, "the hostile formulas reached no per-entity CSV, so the test proves nothing");
    }

    [Fact]
    public void ProjectPage_LinksItsExcelCopy()
    {
        var page = Read(Path.Combine("projects", "p001", "index.html"));

        Assert.Contains("href=\"/kyodo/projects/p001.excel.csv\"", page, StringComparison.Ordinal);
        Assert.Contains("href=\"/kyodo/indicators/", Read(Path.Combine("indicators", Directory.GetFiles(Path.Combine(site.Output, "indicators"), "*.excel.csv")
            .Select(f => Path.GetFileName(f)[..^".excel.csv".Length]).First(), "index.html")), StringComparison.Ordinal);
    }

    private static readonly Regex LiveMarkup = new(@"(?<!\\)<\s*(img|script|svg|a|iframe)\b", RegexOptions.IgnoreCase);

    [Fact]
    public void Readme_InTheFolderAndTheZip_ShowsAHostilePlanNameAsText()
    {
        var readme = Read(Path.Combine("data", "README.md"));
        Assert.Contains("img src=x onerror", readme, StringComparison.Ordinal);
        // Inside a fenced block (the credit line, the citation) text is shown as written; outside, escaped.
        string? fence = null;
        foreach (var line in readme.Split('\n'))
        {
            var opener = Regex.Match(line, "^`{3,}").Value;
            if (fence is null && opener.Length > 0) fence = opener;
            else if (fence is not null && line == fence) fence = null;
            else if (fence is null) Assert.DoesNotMatch(LiveMarkup, line);
        }
        Assert.Null(fence);

        using var zip = ZipFile.OpenRead(Path.Combine(site.Output, "data", "koriyama-opendata.zip"));
        var entry = zip.Entries.Single(e => e.FullName.EndsWith("/README.md", StringComparison.Ordinal));
        using var reader = new StreamReader(entry.Open());
        Assert.Equal(readme, reader.ReadToEnd());
    }

    [Fact]
    public void Markdown_EscapesMarkupAndLineBreaks()
    {
        Assert.Equal("\"\\>\\<img src=x onerror=alert(1)\\>", Kyodo.Publishing.ReadmeWriter.Md("\"><img src=x onerror=alert(1)>"));
        Assert.Equal("a b \\# c", Kyodo.Publishing.ReadmeWriter.Md("a\nb # c"));
    }
}

/// <summary>site_url is an absolute https URL with nothing any output format would have to escape (KY068).</summary>
public sealed class SiteUrlTests
{
    private static string SiteYaml(string url) =>
        File.ReadAllText(Path.Combine(Repo.Root, "data", "site.yaml"))
            .Replace("site_url: https://kyodo-project.github.io/kyodo", "site_url: " + url, StringComparison.Ordinal);

    [Theory]
    [InlineData("'https://example.org/\"><script>alert(1)</script>'")]
    [InlineData("http://example.org/kyodo")]
    [InlineData("example.org/kyodo")]
    [InlineData("'https://example.org/a b'")]
    [InlineData("https://example.org/kyodo?x=1")]
    [InlineData("javascript:alert(1)")]
    public void BadSiteUrl_IsRefusedAtItsLine(string url)
    {
        var bag = new DiagnosticBag();

        Assert.Null(SiteConfigReader.Read(SiteYaml(url), "data/site.yaml", bag));

        var d = Assert.Single(bag.Sorted());
        Assert.Equal("KY068", d.Code);
        Assert.Equal(8, d.Location.Line);
    }

    [Fact]
    public void BadSiteUrlOption_FailsTheBuildBeforeAnythingIsWritten()
    {
        using var temp = new TempDir();
        var result = SiteBuilder.Build(Repo.Paths, new BuildOptions
        {
            OutputDirectory = temp.Combine("_site"), RunNodeTools = false, SiteUrl = "https://example.org/\"><script>",
        });

        Assert.False(result.Success);
        Assert.Contains(result.Diagnostics, d => d.Code == "KY068" && d.Location.File == "--site-url");
        Assert.False(Directory.Exists(temp.Combine("_site")));
    }

    [Fact]
    public void RobotsAndSitemap_PercentEncodeASiteUrlGivenByOtherMeans()
    {
        using var temp = new TempDir();
        var bag = new DiagnosticBag();
        var loaded = SiteLoader.Load(Repo.Paths, bag)!;
        using var context = new BuildContext(loaded, Repo.Paths, new BuildOptions { OutputDirectory = temp.Path },
            new UrlBuilder("/", "https://example.org/\"><script>alert(1)</script>\nDisallow: /"), bag);
        context.Output.AddPage(new PageInfo(Language.Ja, "projects/p001/", "t", "project", "projects/p001/index.html", null), "<html></html>");

        new Sitemap().Execute(context);

        var robots = Encoding.UTF8.GetString(context.Output.Get("robots.txt")!.Content.Span);
        Assert.Equal(["User-agent: *", "Allow: /", "", ], robots.Split('\n')[..3]);
        Assert.Single(robots.Split('\n'), l => l.StartsWith("Sitemap: ", StringComparison.Ordinal));
        Assert.DoesNotContain("Disallow", robots.Split('\n').Where(l => !l.StartsWith("Sitemap: ", StringComparison.Ordinal)));
        Assert.DoesNotMatch("[\"<> ]", robots.Split('\n').Single(l => l.StartsWith("Sitemap: ", StringComparison.Ordinal))["Sitemap: ".Length..]);
        var doc = XDocument.Parse(Encoding.UTF8.GetString(context.Output.Get("sitemap.xml")!.Content.Span));
        var loc = doc.Descendants(XNamespace.Get("http://www.sitemaps.org/schemas/sitemap/0.9") + "loc").Single().Value;
        Assert.True(Uri.TryCreate(loc, UriKind.Absolute, out var uri) && uri.AbsoluteUri == loc, loc);
        Assert.DoesNotMatch("[\"<> \\n]", loc);
    }
}
