namespace Kyodo.Audit;

/// <summary>One rule axe-core found broken on a page, with the elements (CSS selectors) that break it.</summary>
public sealed record AxeViolation(string Rule, string Impact, string Help, IReadOnlyList<string> Targets);

/// <summary>Whether Tab from the top of a page reached the language switch and every main-menu link, with a visible focus.</summary>
public sealed record KeyboardResult(int Expected, IReadOnlyList<string> NotReached, IReadOnlyList<string> NoVisibleFocus)
{
    public bool Passed => NotReached.Count == 0 && NoVisibleFocus.Count == 0;
}

/// <summary>Everything the audit measured on one page.</summary>
public sealed record PageResult(
    string Path,
    string Kind,
    string Language,
    IReadOnlyList<AxeViolation> Violations,
    IReadOnlyList<string> PassedRules,
    IReadOnlyList<string> IncompleteRules,
    int NarrowScrollWidth,
    int NarrowClientWidth,
    IReadOnlyList<string> Overflowing,
    KeyboardResult? Keyboard,
    string? Error)
{
    /// <summary>At the narrow width (320 px) the page needs no horizontal scrolling.</summary>
    public bool FitsNarrow => NarrowScrollWidth <= NarrowClientWidth;

    public bool Passed => Error is null && Violations.Count == 0 && FitsNarrow && Keyboard is not { Passed: false };
}

/// <summary>
/// The results of auditing a set of pages: axe-core rules (WCAG 2.0, 2.1 and 2.2, levels A and AA) on every
/// page, no horizontal scrolling at 320 px on every page, and keyboard reach of the header on one page of each kind.
/// </summary>
public sealed record AuditReport(
    string AxeVersion,
    string BrowserVersion,
    IReadOnlyList<string> Tags,
    IReadOnlyList<string> RulesRun,
    IReadOnlyDictionary<string, string> RuleHelp,
    IReadOnlyDictionary<string, string> JapaneseHelp,
    int NarrowWidth,
    IReadOnlyList<PageResult> Pages)
{
    /// <summary>This report with the results of <paramref name="rechecked"/> in place of the same pages' earlier results.</summary>
    public AuditReport With(IReadOnlyList<PageResult> rechecked)
    {
        var byPath = rechecked.ToDictionary(p => p.Path, StringComparer.Ordinal);
        return this with { Pages = Pages.Select(p => byPath.GetValueOrDefault(p.Path) ?? p).ToList() };
    }

    public int ViolationCount => Pages.Sum(p => p.Violations.Sum(v => v.Targets.Count));

    public bool Passed => Pages.Count > 0 && Pages.All(p => p.Passed);

    /// <summary>Rules that applied to at least one page (passed or failed there).</summary>
    public IReadOnlyList<string> RulesApplied => Pages.SelectMany(p => p.PassedRules.Concat(p.Violations.Select(v => v.Rule)))
        .Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();

    /// <summary>Pages on which a rule applied (it passed or failed there).</summary>
    public int PagesWhereApplied(string rule) => Pages.Count(p => p.PassedRules.Contains(rule) || p.Violations.Any(v => v.Rule == rule));

    public int PagesFailing(string rule) => Pages.Count(p => p.Violations.Any(v => v.Rule == rule));

    /// <summary>Rules axe could not decide on some page and left for a person to review, with the number of such pages.</summary>
    public IReadOnlyList<(string Rule, int Pages)> NeedsReview => Pages.SelectMany(p => p.IncompleteRules)
        .GroupBy(r => r, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => (g.Key, g.Count())).ToList();

    public IReadOnlyList<PageResult> KeyboardPages => Pages.Where(p => p.Keyboard is not null).ToList();

    /// <summary>Every problem, one line each ("page: rule: selector"), for a test failure or the build log.</summary>
    public IReadOnlyList<string> Problems() => Pages.SelectMany(ProblemsOf).ToList();

    /// <summary>The problems found on one page, one line each.</summary>
    public IReadOnlyList<string> ProblemsOf(PageResult p)
    {
        var lines = new List<string>();
        {
            if (p.Error is not null) lines.Add($"{p.Path}: could not be audited: {p.Error}");
            foreach (var v in p.Violations)
            {
                lines.Add($"{p.Path}: {v.Rule} ({v.Impact}) {v.Help}: {string.Join(" | ", v.Targets)}");
            }
            if (!p.FitsNarrow)
            {
                lines.Add($"{p.Path}: scrolls sideways at {NarrowWidth} px (scrollWidth {p.NarrowScrollWidth} > {p.NarrowClientWidth}): {string.Join(" | ", p.Overflowing)}");
            }
            if (p.Keyboard is { Passed: false } k)
            {
                if (k.NotReached.Count > 0) lines.Add($"{p.Path}: Tab does not reach: {string.Join(" | ", k.NotReached)}");
                if (k.NoVisibleFocus.Count > 0) lines.Add($"{p.Path}: no visible focus on: {string.Join(" | ", k.NoVisibleFocus)}");
            }
        }
        return lines;
    }
}
