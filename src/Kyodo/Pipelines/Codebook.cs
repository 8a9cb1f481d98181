using Kyodo.Engine;
using Kyodo.Localization;
using Kyodo.Model;
using Kyodo.Publishing;
using Kyodo.Theme.Pages;

namespace Kyodo.Pipelines;

/// <summary>The codebook (/data/codebook/): every published table and column, from the table definitions.</summary>
public sealed class Codebook : IPipeline
{
    public IReadOnlyList<Type> DependsOn => [typeof(OpenData)];

    public void Execute(BuildContext context)
    {
        var plan = context.Site.PrimaryPlan;
        foreach (var language in LanguageExtensions.All)
        {
            var page = PageWriter.Page(context, plan, language, DataLayout.Codebook, Ui.CodebookTitle.In(language), "codebook",
                [PageWriter.HomeCrumb(context, plan, language), new Rendering.Crumb(Ui.OpenData.In(language), DataLayout.Page)],
                Ui.CodebookDescription.In(language));
            PageWriter.Write<CodebookPage>(context, page);
        }
    }
}
