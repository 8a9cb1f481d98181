using AngleSharp.Html.Parser;
using Kyodo.Tests.Testing;

namespace Kyodo.Tests.Engine;

[Collection(BuiltSitesGroup.Name)]
public sealed class BuildTests(BuiltSites sites)
{
    private static readonly HtmlParser Parser = new();

    public static TheoryData<string> BasePaths => new() { "/", "/kyodo/" };

    private SiteBuild Site(string basePath) => basePath == "/" ? sites.Root : sites.SubPath;

    [Theory]
    [MemberData(nameof(BasePaths))]
    public void Build_ShippedData_Succeeds(string basePath)
    {
        var site = Site(basePath);

        Assert.True(site.Result.Success, string.Join("\n", site.Result.Diagnostics.Select(d => d.Format())));
        Assert.True(site.Result.PageCount > 300, $"only {site.Result.PageCount} pages");
    }

    [Theory]
    [MemberData(nameof(BasePaths))]
    public void EveryPage_ParsesWithLangTitleAndExistingHreflangTwins(string basePath)
    {
        var site = Site(basePath);
        var problems = new List<string>();
        foreach (var file in site.Files("*.html"))
        {
            var parseErrors = new List<string>();
            var parser = new HtmlParser(new AngleSharp.Html.Parser.HtmlParserOptions { IsStrictMode = false });
            parser.Error += (_, e) => parseErrors.Add(((AngleSharp.Html.Dom.Events.HtmlErrorEvent)e).Message);
            var doc = parser.ParseDocument(site.Read(file));
            if (parseErrors.Count > 0) problems.Add($"{file}: parse errors {string.Join("; ", parseErrors.Take(3))}");
            var lang = doc.DocumentElement.GetAttribute("lang");
            if (lang is not ("ja" or "en")) problems.Add($"{file}: lang=\"{lang}\"");
            if (string.IsNullOrWhiteSpace(doc.Title)) problems.Add($"{file}: no title");
            var expectedLang = file.StartsWith("en/", StringComparison.Ordinal) ? "en" : "ja";
            if (lang != expectedLang) problems.Add($"{file}: lang {lang}, expected {expectedLang}");
            foreach (var twin in new[] { "ja", "en" })
            {
                var link = doc.QuerySelector($"link[rel=alternate][hreflang={twin}]")?.GetAttribute("href");
                if (link is null) { problems.Add($"{file}: no hreflang {twin}"); continue; }
                var target = LocalFile(site, new Uri(link).AbsolutePath, fromCanonical: true);
                if (target is null || !site.Exists(target)) problems.Add($"{file}: hreflang {twin} → {link} does not exist");
            }
        }
        Assert.Empty(problems);
    }

    [Theory]
    [MemberData(nameof(BasePaths))]
    public void EveryInternalLink_PointsToAnExistingFile(string basePath)
    {
        var site = Site(basePath);
        var broken = new List<string>();
        foreach (var file in site.Files("*.html"))
        {
            var doc = Parser.ParseDocument(site.Read(file));
            foreach (var element in doc.QuerySelectorAll("a[href], link[href], script[src], img[src]"))
            {
                var href = element.GetAttribute("href") ?? element.GetAttribute("src")!;
                if (href.StartsWith("http", StringComparison.Ordinal) || href.StartsWith("mailto:", StringComparison.Ordinal) || href.StartsWith('#')) continue;
                if (!href.StartsWith(site.BasePath, StringComparison.Ordinal))
                {
                    broken.Add($"{file}: {href} is outside the base path {site.BasePath}");
                    continue;
                }
                var target = LocalFile(site, href.Split('#')[0], fromCanonical: false);
                if (target is null || !site.Exists(target)) broken.Add($"{file}: {href}");
            }
        }
        Assert.Empty(broken);
    }

    [Theory]
    [MemberData(nameof(BasePaths))]
    public void EveryAnchor_PointsToAnElementOfItsPage(string basePath)
    {
        var site = Site(basePath);
        var ids = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        HashSet<string> IdsOf(string file)
        {
            if (!ids.TryGetValue(file, out var set))
            {
                set = Parser.ParseDocument(site.Read(file)).QuerySelectorAll("[id]").Select(e => e.Id!).ToHashSet(StringComparer.Ordinal);
                ids[file] = set;
            }
            return set;
        }
        var broken = new List<string>();
        var checkedAnchors = 0;
        foreach (var file in site.Files("*.html"))
        {
            var doc = Parser.ParseDocument(site.Read(file));
            foreach (var href in doc.QuerySelectorAll("a[href*='#']").Select(a => a.GetAttribute("href")!))
            {
                var hash = href.IndexOf('#', StringComparison.Ordinal);
                var fragment = Uri.UnescapeDataString(href[(hash + 1)..]);
                var target = hash == 0 ? file : LocalFile(site, href[..hash], fromCanonical: false);
                checkedAnchors++;
                if (target is null || !site.Exists(target) || !IdsOf(target).Contains(fragment)) broken.Add($"{file}: {href}");
            }
        }
        Assert.Empty(broken);
        Assert.True(checkedAnchors > 100, $"only {checkedAnchors} anchors checked");
    }

    [Fact]
    public void LanguageSwitch_LeadsToTheSamePageInTheOtherLanguage()
    {
        var site = sites.Root;
        var ja = Parser.ParseDocument(site.Read("projects/p030/index.html"));
        var en = Parser.ParseDocument(site.Read("en/projects/p030/index.html"));

        Assert.Equal("/en/projects/p030/", ja.QuerySelector("a.lang-switch")!.GetAttribute("href"));
        Assert.Equal("/projects/p030/", en.QuerySelector("a.lang-switch")!.GetAttribute("href"));
    }

    [Fact]
    public void Text_IsUtf8Characters_NotNumericEntities()
    {
        var html = sites.Root.Read("index.html");

        Assert.Contains("誰もが地域で輝く市民総活躍のまち", html);
        Assert.DoesNotContain("&#x", html);
    }

    /// <summary>The output file an href points to: strips the base path (or the canonical site URL path) and adds index.html.</summary>
    private static string? LocalFile(SiteBuild site, string path, bool fromCanonical)
    {
        string relative;
        if (fromCanonical)
        {
            // Canonical links use the configured site URL; compare only the part after its path.
            var afterSite = path.StartsWith("/kyodo/", StringComparison.Ordinal) ? path["/kyodo/".Length..] : path.TrimStart('/');
            relative = afterSite;
        }
        else
        {
            relative = path[site.BasePath.Length..];
        }
        relative = Uri.UnescapeDataString(relative);
        if (relative.Length == 0 || relative.EndsWith('/')) relative += "index.html";
        return relative;
    }
}
