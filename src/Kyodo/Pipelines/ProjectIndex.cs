using Kyodo.Engine;
using Kyodo.Localization;
using Kyodo.Model;
using Kyodo.Routing;
using Kyodo.Theme.Pages;

namespace Kyodo.Pipelines;

/// <summary>The list of every project of a plan, /projects/, with filters that work without JavaScript.</summary>
public sealed class ProjectIndex : ISectionPipeline
{
    public Section Section => Section.Projects;

    public IReadOnlyList<Type> DependsOn => [typeof(PlanIndexes)];

    public void Execute(BuildContext context)
    {
        foreach (var plan in context.Site.Plans)
        {
            var index = PlanIndexes.Of(context, plan);
            foreach (var language in LanguageExtensions.All)
            {
                var page = PageWriter.Page(context, plan, language, Routes.Index(context.Site.PrefixOf(plan), Section.Projects), Ui.ProjectIndex.In(language), "projects",
                    [PageWriter.HomeCrumb(context, plan, language)]) with
                { Scripts = ["assets/filter.js"] };
                PageWriter.Write<ProjectIndexPage>(context, page, ("Index", index));
            }
        }
    }
}
