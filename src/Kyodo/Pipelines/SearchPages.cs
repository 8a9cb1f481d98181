using Kyodo.Engine;
using Kyodo.Localization;
using Kyodo.Model;
using Kyodo.Routing;
using Kyodo.Theme.Pages;

namespace Kyodo.Pipelines;

/// <summary>
/// The search page in each language (/search/, /en/search/). The index itself is built by
/// <see cref="SearchIndex"/> over the written site; Pagefind keeps one index per page language.
/// </summary>
public sealed class SearchPages : ISectionPipeline
{
    public Section Section => Section.Search;

    public static readonly string Path = Routes.Index("", Section.Search);

    public void Execute(BuildContext context)
    {
        var plan = context.Site.PrimaryPlan;
        foreach (var language in LanguageExtensions.All)
        {
            var page = PageWriter.Page(context, plan, language, Path, Ui.Search.In(language), "search",
                [PageWriter.HomeCrumb(context, plan, language)], Ui.SearchLead.In(language)) with
            {
                Searchable = false,
                UsesWebAssembly = true,
                Scripts = ["assets/search.js"],
            };
            PageWriter.Write<SearchPage>(context, page);
        }
    }
}
