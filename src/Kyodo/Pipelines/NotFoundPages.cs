using Kyodo.Engine;
using Kyodo.Localization;
using Kyodo.Model;
using Kyodo.Theme.Pages;

namespace Kyodo.Pipelines;

/// <summary>404.html in both languages (GitHub Pages serves the root one for every missing URL).</summary>
public sealed class NotFoundPages : IPipeline
{
    public void Execute(BuildContext context)
    {
        foreach (var language in LanguageExtensions.All)
        {
            var page = PageWriter.Page(context, context.Site.PrimaryPlan, language, "404.html", Ui.PageNotFound.In(language), "404") with
            { Searchable = false };
            PageWriter.Write<NotFoundPage>(context, page);
        }
    }
}
