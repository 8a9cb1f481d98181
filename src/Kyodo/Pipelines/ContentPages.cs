using Kyodo.Audit;
using Kyodo.Engine;
using Kyodo.Model;
using Kyodo.Rendering;
using Kyodo.Theme.Pages;

namespace Kyodo.Pipelines;

/// <summary>
/// Markdown pages from input/ja and input/en, at /&lt;slug&gt;/ and /en/&lt;slug&gt;/. A page written in one
/// language only is published in both, marked as untranslated, so that the language switch and hreflang
/// links of every page lead somewhere.
/// </summary>
public sealed class ContentPages : IPipeline
{
    public void Execute(BuildContext context)
    {
        var plan = context.Site.PrimaryPlan;
        foreach (var slug in context.Site.Content.Select(c => c.Slug).Distinct().Order(StringComparer.Ordinal))
        {
            foreach (var language in LanguageExtensions.All)
            {
                var (page, html) = Render(context, language, slug, audit: null);
                context.Output.AddPage(PageWriter.Info(page), html);
            }
        }
    }

    /// <summary>
    /// A content page's context and HTML. A page that shows the audit says no audit was run until the audit
    /// phase renders it again with <paramref name="audit"/>.
    /// </summary>
    public static (PageContext Page, string Html) Render(BuildContext context, Language language, string slug, AuditReport? audit)
    {
        var own = context.Site.ContentOf(language, slug);
        var content = own ?? context.Site.ContentOf(language.Other(), slug)!;
        var plan = context.Site.PrimaryPlan;
        var crumbs = new List<Crumb> { PageWriter.HomeCrumb(context, plan, language) };
        var page = PageWriter.Page(context, null, language, slug + "/", content.Title, "content", crumbs, content.Description);
        var html = Markdown.ToHtml(content.Markdown, link => Rewrite(context, language, link));
        return (page, PageWriter.Render<ContentPageView>(context, page, ("Html", html),
            ("ShownIn", own is null ? content.Language : (Language?)null), ("Include", content.Include), ("Audit", audit)));
    }

    /// <summary>"/projects/p001/" → the page in this language; "/data/x.csv" → the file (same in both languages).</summary>
    public static string Rewrite(BuildContext context, Language language, string link)
    {
        var path = link.TrimStart('/');
        var hash = path.IndexOf('#', StringComparison.Ordinal);
        var fragment = hash >= 0 ? path[hash..] : "";
        if (hash >= 0) path = path[..hash];
        var isPage = path.Length == 0 || path.EndsWith('/');
        return (isPage ? context.Urls.Page(language, path) : context.Urls.Asset(path)) + fragment;
    }
}
