using System.Collections.Concurrent;
using Microsoft.Playwright;

namespace Kyodo.Audit;

/// <summary>A page to audit: its root-relative URL, and whether to check keyboard reach of its header on it.</summary>
public sealed partial record AuditPage(string Path, bool Keyboard)
{
    /// <summary>
    /// Every page, with the keyboard check on the first page (in path order) of each group: pages of one kind, in
    /// one language, with the same main menu (<see cref="GroupOf"/>) share their header, and tabbing through it on
    /// every page would double the time of the audit.
    /// </summary>
    public static IReadOnlyList<AuditPage> Plan(IEnumerable<(string Path, string Group)> pages)
    {
        var ordered = pages.OrderBy(p => p.Path, StringComparer.Ordinal).ToList();
        var first = ordered.GroupBy(p => p.Group, StringComparer.Ordinal).Select(g => g.First().Path).ToHashSet(StringComparer.Ordinal);
        return ordered.Select(p => new AuditPage(p.Path, first.Contains(p.Path))).ToList();
    }

    /// <summary>The group of a page for <see cref="Plan"/>: its kind, its language and the links of its main menu.</summary>
    public static string GroupOf(string kind, string language, string html)
    {
        var nav = MainNav().Match(html);
        var links = nav.Success ? string.Join(" ", Href().Matches(nav.Value).Select(m => m.Groups[1].Value)) : "";
        return kind + "|" + language + "|" + links;
    }

    [System.Text.RegularExpressions.GeneratedRegex("""<nav class="main-nav".*?</nav>""", System.Text.RegularExpressions.RegexOptions.Singleline)]
    private static partial System.Text.RegularExpressions.Regex MainNav();

    [System.Text.RegularExpressions.GeneratedRegex("""href="([^"]*)""")]
    private static partial System.Text.RegularExpressions.Regex Href();
}

/// <summary>How the audit opens pages.</summary>
public sealed record AuditSettings
{
    /// <summary>Browser contexts working at once (each loads pages one after another).</summary>
    public int Parallelism { get; init; } = 3;

    public int Width { get; init; } = 1280;
    public int Height { get; init; } = 900;

    /// <summary>The width at which no page may scroll sideways (WCAG 1.4.10 Reflow: 320 CSS pixels).</summary>
    public int NarrowWidth { get; init; } = 320;

    /// <summary>Called for each new browser context, e.g. to serve the site from a folder.</summary>
    public Func<IBrowserContext, Task>? PrepareContext { get; init; }
}

/// <summary>
/// Audits a list of pages of a served site in a browser: on every page axe-core (WCAG 2.0/2.1/2.2 A and AA),
/// keyboard reach of the language switch and main menu, and no horizontal scrolling at 320 px.
/// The same code runs in <c>build --audit</c> and in the browser tests.
/// </summary>
public static class SiteAudit
{
    /// <summary>
    /// Audits <paramref name="pages"/> (root-relative page URLs such as "/en/projects/p001/") of the site served at
    /// <paramref name="origin"/> ("http://127.0.0.1:5000"); results keep the order of the pages.
    /// </summary>
    public static async Task<AuditReport> RunAsync(IBrowser browser, string origin, IReadOnlyList<AuditPage> pages, AxeScript axe, AuditSettings? settings = null)
    {
        settings ??= new AuditSettings();
        var queue = new ConcurrentQueue<int>(Enumerable.Range(0, pages.Count));
        var results = new PageResult[pages.Count];
        IReadOnlyList<(string Id, string Help)> rules = [];

        async Task Work(int worker)
        {
            var context = await browser.NewContextAsync(new BrowserNewContextOptions
            {
                ViewportSize = new ViewportSize { Width = settings.Width, Height = settings.Height },
                Locale = "ja-JP",
            });
            try
            {
                if (settings.PrepareContext is not null) await settings.PrepareContext(context);
                var page = await context.NewPageAsync();
                while (queue.TryDequeue(out var i))
                {
                    results[i] = await CheckAsync(page, origin, pages[i], axe, settings);
                    if (worker == 0 && rules.Count == 0 && results[i].Error is null) rules = await PageChecks.RulesAsync(page, axe);
                }
            }
            finally
            {
                await context.CloseAsync();
            }
        }

        var workers = Math.Max(1, Math.Min(settings.Parallelism, pages.Count));
        await Task.WhenAll(Enumerable.Range(0, workers).Select(Work));

        return new AuditReport(
            axe.Version,
            browser.Version,
            PageChecks.Tags,
            rules.Select(r => r.Id).ToList(),
            rules.ToDictionary(r => r.Id, r => r.Help, StringComparer.Ordinal),
            axe.JapaneseHelp,
            settings.NarrowWidth,
            results);
    }

    /// <summary>Opens one page and makes every check on it.</summary>
    public static async Task<PageResult> CheckAsync(IPage page, string origin, AuditPage target, AxeScript axe, AuditSettings settings)
    {
        var path = target.Path;
        string kind = "", language = "";
        try
        {
            await page.SetViewportSizeAsync(settings.Width, settings.Height);
            var response = await page.GotoAsync(origin + path, new PageGotoOptions { WaitUntil = WaitUntilState.Load });
            if (response is null || !response.Ok)
            {
                return Failed(path, $"HTTP {response?.Status.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "no response"}");
            }
            kind = await page.EvaluateAsync<string>("() => document.documentElement.dataset.kind || ''");
            language = await page.EvaluateAsync<string>("() => document.documentElement.lang || ''");

            var keyboard = target.Keyboard ? await PageChecks.KeyboardAsync(page) : null;
            var (violations, passed, incomplete) = await PageChecks.AxeAsync(page, axe);

            await page.SetViewportSizeAsync(settings.NarrowWidth, settings.Height);
            var (scroll, client, over) = await PageChecks.OverflowAsync(page);

            return new PageResult(path, kind, language, violations, passed, incomplete, scroll, client, over, keyboard, null);
        }
        catch (PlaywrightException ex)
        {
            return Failed(path, ex.Message.Split('\n')[0]);
        }
        catch (TimeoutException ex)
        {
            return Failed(path, ex.Message.Split('\n')[0]);
        }

        PageResult Failed(string p, string error) => new(p, kind, language, [], [], [], 0, 0, [], null, error);
    }
}
