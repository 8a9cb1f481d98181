using Kyodo.Audit;

namespace Kyodo.Tests.Audit;

public sealed class AuditReportTests
{
    private static PageResult Page(string path, AxeViolation[]? violations = null, int scroll = 320, KeyboardResult? keyboard = null, string? error = null) =>
        new(path, "project", "ja", violations ?? [], ["color-contrast", "html-has-lang"], ["color-contrast"], scroll, 320, scroll > 320 ? ["table (right 400)"] : [], keyboard, error);

    private static AuditReport Report(params PageResult[] pages) =>
        new("4.14.1", "141.0", ["wcag2a"], ["color-contrast", "html-has-lang", "image-alt"],
            new Dictionary<string, string>(), new Dictionary<string, string>(), 320, pages);

    [Fact]
    public void Problems_ListEveryViolationOverflowKeyboardMissAndError_WithPageRuleAndTarget()
    {
        var report = Report(
            Page("/a/", [new AxeViolation("color-contrast", "serious", "Contrast", ["p.x", "span.y"])]),
            Page("/b/", scroll: 400),
            Page("/c/", keyboard: new KeyboardResult(8, ["English <en/>"], [])),
            Page("/d/", error: "HTTP 404"),
            Page("/e/"));

        var problems = report.Problems();

        Assert.Equal(4, problems.Count);
        Assert.Equal("/a/: color-contrast (serious) Contrast: p.x | span.y", problems[0]);
        Assert.StartsWith("/b/: scrolls sideways at 320 px (scrollWidth 400 > 320)", problems[1]);
        Assert.Equal("/c/: Tab does not reach: English <en/>", problems[2]);
        Assert.Equal("/d/: could not be audited: HTTP 404", problems[3]);
        Assert.False(report.Passed);
        Assert.Equal(2, report.ViolationCount);
    }

    [Fact]
    public void Passed_OnlyWhenEveryPagePasses()
    {
        Assert.True(Report(Page("/a/"), Page("/b/", keyboard: new KeyboardResult(8, [], []))).Passed);
        Assert.False(Report(Page("/a/"), Page("/b/", keyboard: new KeyboardResult(8, [], ["日本語 </>"]))).Passed);
        Assert.False(Report().Passed);
    }

    [Fact]
    public void RulesApplied_AndNeedsReview_CountPages()
    {
        var report = Report(Page("/a/"), Page("/b/", [new AxeViolation("image-alt", "critical", "Alt", ["img"])]));

        Assert.Equal(["color-contrast", "html-has-lang", "image-alt"], report.RulesApplied);
        Assert.Equal(2, report.PagesWhereApplied("color-contrast"));
        Assert.Equal(1, report.PagesFailing("image-alt"));
        Assert.Equal([("color-contrast", 2)], report.NeedsReview);
    }

    [Fact]
    public void With_ReplacesTheResultsOfRecheckedPagesOnly()
    {
        var report = Report(Page("/a/", scroll: 400), Page("/b/"));

        var updated = report.With([Page("/a/")]);

        Assert.True(updated.Passed);
        Assert.Equal(["/a/", "/b/"], updated.Pages.Select(p => p.Path));
        Assert.False(report.Passed);
    }
}
