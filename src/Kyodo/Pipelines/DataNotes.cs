using Kyodo.Engine;
using Kyodo.Localization;
using Kyodo.Model;
using Kyodo.Processing;
using Kyodo.Routing;
using Kyodo.Theme.Pages;

namespace Kyodo.Pipelines;

/// <summary>The data-notes page of each plan: reconciliation with the city's summaries, uncertain lineage, missing values.</summary>
public sealed class DataNotes : ISectionPipeline
{
    public Section Section => Section.DataNotes;

    public IReadOnlyList<Type> DependsOn => [typeof(PlanIndexes)];

    public static IReadOnlyList<ReconciliationRow> Of(BuildContext context, Plan plan) =>
        context.GetOrAdd("reconciliation:" + plan.Id, () => Reconciliation.Of(plan));

    public void Execute(BuildContext context)
    {
        foreach (var plan in context.Site.Plans)
        {
            var index = PlanIndexes.Of(context, plan);
            var rows = Of(context, plan);
            foreach (var language in LanguageExtensions.All)
            {
                var page = PageWriter.Page(context, plan, language, Routes.Index(context.Site.PrefixOf(plan), Section.DataNotes), Ui.DataNotesTitle.In(language), "data-notes",
                    [PageWriter.HomeCrumb(context, plan, language)]);
                PageWriter.Write<DataNotesPage>(context, page, ("Index", index), ("Rows", rows));
            }
        }
    }
}
