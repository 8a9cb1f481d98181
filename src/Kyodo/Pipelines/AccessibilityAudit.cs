using Kyodo.Audit;
using Kyodo.Diagnostics;
using Kyodo.Engine;
using Kyodo.Model;
using Microsoft.Playwright;

namespace Kyodo.Pipelines;

/// <summary>
/// <c>build --audit</c>: opens every page of the staged site in Debian's Chromium and checks it (axe-core WCAG
/// 2.0/2.1/2.2 A and AA rules, no sideways scrolling at 320 px, keyboard reach of the header); any finding fails
/// the build. The results are written into the content pages that show them (front matter <c>include: audit-results</c>),
/// which are then checked again as they are published.
/// </summary>
public sealed class AccessibilityAudit : IPipeline
{
    public Phase Phase => Phase.Audit;

    public IReadOnlyList<Type> DependsOn => [typeof(ContentPages)];

    public void Execute(BuildContext context)
    {
        if (!context.Options.Audit) return;
        var staging = context.StagingDirectory ?? throw new InvalidOperationException("The audit runs after the output was staged.");
        var here = new SourceLocation("build --audit");

        var (installed, log) = NodeTools.EnsureInstalled(context.Paths.Root);
        var axe = installed ? AxeScript.Load(context.Paths.Root) : null;
        if (axe is null)
        {
            context.Diagnostics.Add(Messages.AuditUnavailable(here, installed ? "node_modules/axe-core is missing" : "npm install failed: " + log.Trim()));
            return;
        }
        if (!File.Exists(Chromium.ExecutablePath))
        {
            context.Diagnostics.Add(Messages.AuditUnavailable(here, Chromium.ExecutablePath + " not found"));
            return;
        }

        var byUrl = context.Output.Pages.ToDictionary(p => context.Urls.Page(p.Language, p.Path), StringComparer.Ordinal);
        var pages = AuditPage.Plan(byUrl.Select(p => (p.Key, AuditPage.GroupOf(p.Value.Kind, p.Value.Language.Tag(), HtmlOf(context, p.Value)))));
        var site = new FolderSite(staging, context.Urls.BasePath);
        var report = RunAsync(context, site, pages, axe, staging).GetAwaiter().GetResult();
        context.Shared[nameof(AccessibilityAudit)] = report;

        foreach (var url in site.ForeignRequests) context.Diagnostics.Add(Messages.AuditForeignRequest(here, url));
        foreach (var page in report.Pages.Where(p => !p.Passed))
        {
            var at = new SourceLocation(byUrl.TryGetValue(page.Path, out var info) ? info.OutputPath : page.Path);
            foreach (var problem in report.ProblemsOf(page)) context.Diagnostics.Add(Messages.AuditFinding(at, problem));
        }
    }

    private static string HtmlOf(BuildContext context, PageInfo page) =>
        context.Output.Get(page.OutputPath) is { } file ? System.Text.Encoding.UTF8.GetString(file.Content.Span) : "";

    private static async Task<AuditReport> RunAsync(BuildContext context, FolderSite site, IReadOnlyList<AuditPage> pages, AxeScript axe, string staging)
    {
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await Chromium.LaunchAsync(playwright);
        var settings = new AuditSettings { PrepareContext = site.AttachAsync, Parallelism = Math.Clamp(Environment.ProcessorCount, 2, 4) };
        var report = await SiteAudit.RunAsync(browser, FolderSite.Origin, pages, axe, settings);
        if (!report.Passed) return report;

        // The pages that show the results were audited saying "no audit was run"; publish them with the
        // results and check them again as published.
        var shown = new List<AuditPage>();
        foreach (var (slug, language) in context.Site.Content.Where(c => c.ShowsAudit).Select(c => c.Slug).Distinct()
                     .SelectMany(slug => LanguageExtensions.All.Select(language => (slug, language))))
        {
            var (page, html) = ContentPages.Render(context, language, slug, report);
            var info = PageWriter.Info(page);
            await File.WriteAllTextAsync(Path.Combine(staging, info.OutputPath), html);
            shown.Add(new AuditPage(context.Urls.Page(info.Language, info.Path), Keyboard: false));
        }
        if (shown.Count == 0) return report;
        var recheck = await SiteAudit.RunAsync(browser, FolderSite.Origin, shown, axe, settings with { Parallelism = 1 });
        return report.With(recheck.Pages);
    }
}
