using System.Text.Json;
using Microsoft.Playwright;

namespace Kyodo.Audit;

/// <summary>
/// The checks the audit makes on one open page: axe-core's WCAG rules, horizontal overflow at a narrow width,
/// and keyboard reach of the header. Shared by <c>build --audit</c> and the browser tests.
/// </summary>
public static class PageChecks
{
    /// <summary>axe-core tags: WCAG 2.0, 2.1 and 2.2 at levels A and AA (JIS X 8341-3:2016 AA is WCAG 2.0 AA).</summary>
    public static readonly IReadOnlyList<string> Tags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

    /// <summary>What the keyboard must reach from the top of every page: the language switch and the main menu.</summary>
    public const string KeyboardTargets = "a.lang-switch, nav.main-nav a";

    private const string RunAxe = """
        async (tags) => {
          const r = await axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
          const target = (n) => n.target.map(t => Array.isArray(t) ? t.join(' >>> ') : t).join(' ');
          return {
            violations: r.violations.map(v => ({ rule: v.id, impact: v.impact || '', help: v.help, targets: v.nodes.map(target) })),
            passes: r.passes.map(p => p.id),
            incomplete: r.incomplete.map(p => p.id),
          };
        }
        """;

    private const string Rules = "(tags) => axe.getRules(tags).map(r => ({ id: r.ruleId, help: r.help }))";

    private const string Overflow = """
        () => {
          const root = document.documentElement;
          const width = root.clientWidth;
          const over = [];
          const scrolls = (el) => {
            for (let p = el.parentElement; p && p !== document.body; p = p.parentElement) {
              const o = getComputedStyle(p).overflowX;
              if (o === 'auto' || o === 'scroll' || o === 'hidden') return true;
            }
            return false;
          };
          if (root.scrollWidth > width) {
            for (const el of document.body.querySelectorAll('*')) {
              const r = el.getBoundingClientRect();
              if (r.right > width + 0.5 && !scrolls(el)) {
                over.push(el.tagName.toLowerCase() + (el.id ? '#' + el.id : '') + (el.className && typeof el.className === 'string' ? '.' + el.className.trim().split(/\s+/).join('.') : '') + ' (right ' + Math.round(r.right) + ')');
                if (over.length >= 5) break;
              }
            }
          }
          return { scroll: root.scrollWidth, client: width, over };
        }
        """;

    // Records every focus change (and whether a focus indicator shows) so that Tab can be pressed without a
    // round trip per key; read back once at the end.
    private const string WatchFocus = """
        (selector) => {
          const targets = Array.from(document.querySelectorAll(selector));
          const seen = {};
          document.addEventListener('focusin', (ev) => {
            const i = targets.indexOf(ev.target);
            if (i < 0) return;
            const s = getComputedStyle(ev.target);
            const outline = s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0;
            const shadow = !!s.boxShadow && s.boxShadow !== 'none';
            seen[i] = (seen[i] || false) || outline || shadow;
          }, true);
          window.__kyodoFocus = seen;
          return targets.map(e => (e.textContent || '').trim() + ' <' + e.getAttribute('href') + '>');
        }
        """;

    /// <summary>Makes axe-core available in the page. Evaluated through the DevTools protocol, so the page's CSP stays on.</summary>
    public static async Task InjectAxeAsync(IPage page, AxeScript axe)
    {
        if (!await page.EvaluateAsync<bool>("() => typeof window.axe === 'object'"))
        {
            await page.EvaluateAsync("() => {\n" + axe.Source + "\n}");
        }
    }

    /// <summary>The rules axe-core runs for <see cref="Tags"/>, with their (English) help texts.</summary>
    public static async Task<IReadOnlyList<(string Id, string Help)>> RulesAsync(IPage page, AxeScript axe)
    {
        await InjectAxeAsync(page, axe);
        var rules = await page.EvaluateAsync<JsonElement>(Rules, Tags);
        return rules.EnumerateArray().Select(r => (r.GetProperty("id").GetString()!, r.GetProperty("help").GetString() ?? ""))
            .OrderBy(r => r.Item1, StringComparer.Ordinal).ToList();
    }

    /// <summary>Runs axe-core on the page: its violations, and the rules that passed or need a person's review.</summary>
    public static async Task<(IReadOnlyList<AxeViolation> Violations, IReadOnlyList<string> Passed, IReadOnlyList<string> Incomplete)> AxeAsync(IPage page, AxeScript axe)
    {
        await InjectAxeAsync(page, axe);
        var r = await page.EvaluateAsync<JsonElement>(RunAxe, Tags);
        var violations = r.GetProperty("violations").EnumerateArray().Select(v => new AxeViolation(
            v.GetProperty("rule").GetString()!,
            v.GetProperty("impact").GetString() ?? "",
            v.GetProperty("help").GetString() ?? "",
            v.GetProperty("targets").EnumerateArray().Select(t => t.GetString() ?? "").ToList())).ToList();
        return (violations, Ids(r.GetProperty("passes")), Ids(r.GetProperty("incomplete")));
    }

    /// <summary>Document and viewport width, and the first elements that stick out (outside any scrolling box).</summary>
    public static async Task<(int ScrollWidth, int ClientWidth, IReadOnlyList<string> Overflowing)> OverflowAsync(IPage page)
    {
        var r = await page.EvaluateAsync<JsonElement>(Overflow);
        return (r.GetProperty("scroll").GetInt32(), r.GetProperty("client").GetInt32(),
            r.GetProperty("over").EnumerateArray().Select(e => e.GetString() ?? "").ToList());
    }

    /// <summary>
    /// Presses Tab from the top of a freshly loaded page until the language switch and every main-menu link
    /// have had the focus, and checks each shows a focus indicator (outline or box shadow) when it has it.
    /// </summary>
    public static async Task<KeyboardResult> KeyboardAsync(IPage page, int maxTabs = 40)
    {
        var names = (await page.EvaluateAsync<string[]>(WatchFocus, KeyboardTargets)).ToList();
        var seen = new Dictionary<int, bool>();
        for (var pressed = 0; pressed < maxTabs && seen.Count < names.Count; pressed += 5)
        {
            for (var k = 0; k < 5; k++) await page.Keyboard.PressAsync("Tab");
            var state = await page.EvaluateAsync<Dictionary<string, bool>>("() => window.__kyodoFocus");
            seen = state.ToDictionary(e => int.Parse(e.Key, System.Globalization.CultureInfo.InvariantCulture), e => e.Value);
        }
        var notReached = names.Where((_, i) => !seen.ContainsKey(i)).ToList();
        var noFocus = names.Where((_, i) => seen.TryGetValue(i, out var visible) && !visible).ToList();
        if (names.Count == 0) notReached.Add(KeyboardTargets + " (none on the page)");
        return new KeyboardResult(names.Count, notReached, noFocus);
    }

    private static List<string> Ids(JsonElement array) =>
        array.EnumerateArray().Select(e => e.GetString() ?? "").Order(StringComparer.Ordinal).ToList();
}
