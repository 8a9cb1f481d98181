using Kyodo.Audit;
using Kyodo.Engine;
using Kyodo.Loading;
using Kyodo.Pipelines;

namespace Kyodo.BrowserTests;

/// <summary>The audit itself: it finds what it should, and <c>build --audit</c> publishes its results.</summary>
[Collection(BrowserSiteGroup.Name)]
public sealed class AuditTests(BrowserSite site)
{
    private static AxeScript Axe()
    {
        var (ok, output) = NodeTools.EnsureInstalled(BrowserSite.RepoRoot());
        Assert.True(ok, output);
        return AxeScript.Load(BrowserSite.RepoRoot()) ?? throw new InvalidOperationException("axe-core is not installed");
    }

    [Fact]
    public async Task SiteAudit_OnPagesWithKnownProblems_ReportsEachWithPageRuleAndTarget()
    {
        var folder = Path.Combine(Path.GetTempPath(), "kyodo-audit-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(Path.Combine(folder, "good"));
        const string head = "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width\"><title>T</title></head><body><main>";
        File.WriteAllText(Path.Combine(folder, "good", "index.html"), head + "<h1>Fine</h1><p>Text.</p></main></body></html>");
        File.WriteAllText(Path.Combine(folder, "bad.html"), head + "<h1>Bad</h1><img src=\"x.png\"><p><a href=\"/good/\"></a></p></main></body></html>");
        File.WriteAllText(Path.Combine(folder, "wide.html"), head + "<h1>Wide</h1><pre>" + new string('x', 200) + "</pre></main></body></html>");
        File.WriteAllText(Path.Combine(folder, "cdn.html"), head + "<h1>CDN</h1><script src=\"https://cdn.example.com/x.js\"></script></main></body></html>");
        try
        {
            var served = new FolderSite(folder, "/");
            var report = await SiteAudit.RunAsync(site.Browser, FolderSite.Origin,
                [new AuditPage("/good/", false), new AuditPage("/bad.html", false), new AuditPage("/wide.html", false), new AuditPage("/cdn.html", false), new AuditPage("/missing/", false)],
                Axe(), new AuditSettings { Parallelism = 2, PrepareContext = served.AttachAsync });

            Assert.True(report.Pages[0].Passed, string.Join("\n", report.ProblemsOf(report.Pages[0])));
            Assert.Equal(["image-alt", "link-name"], report.Pages[1].Violations.Select(v => v.Rule).Order());
            Assert.Contains(report.Problems(), p => p.StartsWith("/bad.html: image-alt (critical)", StringComparison.Ordinal) && p.EndsWith(": img", StringComparison.Ordinal));
            Assert.False(report.Pages[2].FitsNarrow);
            Assert.Equal(["https://cdn.example.com/x.js"], served.ForeignRequests);
            Assert.NotNull(report.Pages[4].Error);
            Assert.StartsWith("/missing/: could not be audited:", report.ProblemsOf(report.Pages[4]).Single());
            Assert.False(report.Passed);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void BuildWithAudit_PublishesTheResultsOnTheAccessibilityPages()
    {
        var output = Path.Combine(Path.GetTempPath(), "kyodo-audit-build-" + Guid.NewGuid().ToString("N")[..8], "_site");
        try
        {
            // Only the content pages, so that the audit of the whole pipeline takes seconds.
            var result = BuildRunner.Build(SitePaths.For(BrowserSite.RepoRoot()),
                new BuildOptions { OutputDirectory = output, BasePath = "/kyodo/", RunNodeTools = false, Audit = true },
                [new PlanIndexes(), new Assets(), new ContentPages(), new AccessibilityAudit()]);

            Assert.True(result.Success, string.Join("\n", result.Diagnostics.Select(d => d.Format())));
            var ja = File.ReadAllText(Path.Combine(output, "accessibility", "index.html"));
            var en = File.ReadAllText(Path.Combine(output, "en", "accessibility", "index.html"));
            Assert.Contains($"このサイトの {result.PageCount} ページすべてで、自動試験の違反は 0 件でした。", ja);
            Assert.Contains($"The automated tests found no violations on any of the {result.PageCount} pages of this build.", en);
            Assert.Contains("<code>color-contrast</code>", en);
            Assert.DoesNotContain("made without running the automated tests", en);
            Assert.DoesNotContain("made without running", File.ReadAllText(Path.Combine(output, "en", "about", "index.html")));
        }
        finally
        {
            Directory.Delete(Path.GetDirectoryName(output)!, recursive: true);
        }
    }
}
