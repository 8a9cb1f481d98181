using Kyodo.Engine;
using Kyodo.Model;
using Kyodo.Rendering;
using Kyodo.Routing;
using Microsoft.AspNetCore.Components;

namespace Kyodo.Pipelines;

/// <summary>Creates page contexts and renders page components into the output set.</summary>
public static class PageWriter
{
    public static PageContext Page(BuildContext ctx, Plan? plan, Language language, string path, string title, string kind,
        IReadOnlyList<Crumb>? crumbs = null, string description = "") => new()
        {
            Site = ctx.Site,
            Plan = plan,
            Language = language,
            Path = path,
            Title = title,
            Kind = kind,
            Description = description,
            Breadcrumbs = crumbs ?? [],
            Urls = ctx.Urls,
            Sections = ctx.Sections,
        };

    /// <summary>
    /// Queues the page; it is rendered, with the other pages of the pipeline, in parallel when the pipeline
    /// returns (see <see cref="PendingPages"/>).
    /// </summary>
    public static void Write<TComponent>(BuildContext ctx, PageContext page, params (string Name, object? Value)[] parameters)
        where TComponent : IComponent
    {
        var values = new Dictionary<string, object?>(parameters.Length + 1) { ["Ctx"] = page };
        foreach (var (name, value) in parameters) values[name] = value;
        ctx.Pages.Add(Info(page), typeof(TComponent), values);
    }

    /// <summary>A page's HTML, without adding it to the output (for pages rendered again after the output was written).</summary>
    public static string Render<TComponent>(BuildContext ctx, PageContext page, params (string Name, object? Value)[] parameters)
        where TComponent : IComponent
    {
        var values = new Dictionary<string, object?> { ["Ctx"] = page };
        foreach (var (name, value) in parameters) values[name] = value;
        return ctx.Renderer.Render<TComponent>(values);
    }

    public static PageInfo Info(PageContext page) =>
        new(page.Language, page.Path, page.Title, page.Kind, UrlBuilder.OutputPath(page.Language, page.Path), page.Path);

    /// <summary>The breadcrumb to a plan's home ("ホーム").</summary>
    public static Crumb HomeCrumb(BuildContext ctx, Plan plan, Language language) =>
        new(Localization.Ui.Home.In(language), ctx.Site.PrefixOf(plan));
}
