using Kyodo.Audit;
using Kyodo.Engine;

namespace Kyodo.BrowserTests;

/// <summary>
/// Every generated page, in both languages, checked in Chromium with the audit that <c>build --audit</c> runs:
/// axe-core WCAG 2.0/2.1/2.2 A and AA rules, no sideways scrolling at 320 px, keyboard reach of the header.
/// The audit runs once; each test asserts one quality over all pages and lists every failure at once.
/// </summary>
[Collection(BrowserSiteGroup.Name)]
public sealed class AccessibilityTests(BrowserSite site)
{
    private static readonly SemaphoreSlim Gate = new(1, 1);
    private static AuditReport? _report;

    private async Task<AuditReport> ReportAsync()
    {
        await Gate.WaitAsync();
        try
        {
            if (_report is not null) return _report;
            var (ok, output) = NodeTools.EnsureInstalled(BrowserSite.RepoRoot());
            Assert.True(ok, output);
            var axe = AxeScript.Load(BrowserSite.RepoRoot());
            Assert.NotNull(axe);
            _report = await SiteAudit.RunAsync(site.Browser, site.BaseUrl, AuditPage.Plan(site.PagesWithGroups()), axe,
                new AuditSettings { Parallelism = Math.Clamp(Environment.ProcessorCount, 2, 4) });
            return _report;
        }
        finally
        {
            Gate.Release();
        }
    }

    [Fact]
    public async Task Audit_CoversEveryPageInBothLanguages()
    {
        var report = await ReportAsync();

        Assert.Equal(site.PagePaths(), report.Pages.Select(p => p.Path));
        Assert.Empty(report.Pages.Where(p => p.Error is not null).Select(p => $"{p.Path}: {p.Error}"));
        var ja = report.Pages.Count(p => p.Language == "ja");
        var en = report.Pages.Count(p => p.Language == "en");
        Assert.True(ja > 100 && ja == en, $"{ja} Japanese and {en} English pages");
        Assert.Contains("color-contrast", report.RulesRun);
        Assert.Contains("target-size", report.RulesRun);
    }

    [Fact]
    public async Task Axe_OnEveryPage_FindsNoViolations()
    {
        var report = await ReportAsync();

        var violations = report.Pages.SelectMany(p => p.Violations.Select(v => $"{p.Path}: {v.Rule} ({v.Impact}) {v.Help}: {string.Join(" | ", v.Targets)}")).ToList();
        Assert.True(violations.Count == 0, $"{violations.Count} violations:\n" + string.Join("\n", violations));
        Assert.All(report.Pages, p => Assert.NotEmpty(p.PassedRules));
    }

    [Fact]
    public async Task EveryPage_At320Pixels_HasNoHorizontalScroll()
    {
        var report = await ReportAsync();

        var wide = report.Pages.Where(p => p.Error is null && p.NarrowScrollWidth > p.NarrowClientWidth)
            .Select(p => $"{p.Path}: scrollWidth {p.NarrowScrollWidth} > {p.NarrowClientWidth}: {string.Join(" | ", p.Overflowing)}").ToList();
        Assert.True(wide.Count == 0, $"{wide.Count} pages scroll sideways:\n" + string.Join("\n", wide));
        Assert.All(report.Pages.Where(p => p.Error is null), p => Assert.Equal(320, p.NarrowClientWidth));
    }

    [Fact]
    public async Task Keyboard_OnEveryKindOfPage_ReachesTheLanguageSwitchAndEveryMenuLinkWithVisibleFocus()
    {
        var report = await ReportAsync();

        var checkedPages = report.KeyboardPages;
        var groups = site.PagesWithGroups().Select(p => p.Group).Distinct().Count();
        Assert.Equal(groups, checkedPages.Count);
        Assert.True(checkedPages.Select(p => (p.Kind, p.Language)).Distinct().Count() >= 30, "fewer than 30 kinds of pages checked");
        var failures = checkedPages.Where(p => !p.Keyboard!.Passed)
            .Select(p => $"{p.Path}: not reached [{string.Join(", ", p.Keyboard!.NotReached)}], no visible focus [{string.Join(", ", p.Keyboard.NoVisibleFocus)}]").ToList();
        Assert.True(failures.Count == 0, string.Join("\n", failures));
        // The language switch, Home and at least two sections: a header that lost its menu must not pass as reached.
        Assert.All(checkedPages, p => Assert.True(p.Keyboard!.Expected >= 4, $"{p.Path}: only {p.Keyboard!.Expected} header links"));
    }
}
