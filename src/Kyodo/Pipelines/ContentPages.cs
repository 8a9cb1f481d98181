using Kyodo.Engine;
using Kyodo.Model;
using Kyodo.Rendering;
using Kyodo.Theme.Pages;

namespace Kyodo.Pipelines;

/// <summary>Markdown pages from input/ja and input/en, at /&lt;slug&gt;/ and /en/&lt;slug&gt;/.</summary>
public sealed class ContentPages : IPipeline
{
    public void Execute(BuildContext context)
    {
        foreach (var content in context.Site.Content) Markdown.Validate(content, context.Diagnostics);
        foreach (var content in context.Site.Content)
        {
            var plan = context.Site.PrimaryPlan;
            var crumbs = new List<Crumb> { PageWriter.HomeCrumb(context, plan, content.Language) };
            var page = PageWriter.Page(context, null, content.Language, content.Slug + "/", content.Title, "content", crumbs, content.Description);
            var html = Markdown.ToHtml(content.Markdown, link => Rewrite(context, content.Language, link));
            PageWriter.Write<ContentPageView>(context, page, ("Html", html), ("Include", content.Include));
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
