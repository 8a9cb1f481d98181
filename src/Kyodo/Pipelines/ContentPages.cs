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
                var own = context.Site.ContentOf(language, slug);
                var content = own ?? context.Site.ContentOf(language.Other(), slug)!;
                var crumbs = new List<Crumb> { PageWriter.HomeCrumb(context, plan, language) };
                var page = PageWriter.Page(context, null, language, slug + "/", content.Title, "content", crumbs, content.Description);
                var html = Markdown.ToHtml(content.Markdown, link => Rewrite(context, language, link));
                PageWriter.Write<ContentPageView>(context, page, ("Html", html), ("ShownIn", own is null ? content.Language : (Language?)null), ("Include", content.Include));
            }
        }
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
