using Kyodo.Engine;
using Kyodo.Model;
using Kyodo.Rendering;
using Kyodo.Routing;
using Kyodo.Theme.Pages;

namespace Kyodo.Pipelines;

/// <summary>The plan's structure (/measures/) and a page per measure (基本施策): /measures/&lt;id&gt;/.</summary>
public sealed class MeasurePages : ISectionPipeline
{
    public Section Section => Section.Measures;

    public IReadOnlyList<Type> DependsOn => [typeof(PlanIndexes)];

    public void Execute(BuildContext context)
    {
        foreach (var plan in context.Site.Plans)
        {
            var index = PlanIndexes.Of(context, plan);
            var prefix = context.Site.PrefixOf(plan);
            foreach (var language in LanguageExtensions.All)
            {
                var title = plan.Config.Hierarchy.Measures.In(language);
                var index_ = PageWriter.Page(context, plan, language, Routes.Index(prefix, Section.Measures), title, "measures", [PageWriter.HomeCrumb(context, plan, language)]);
                PageWriter.Write<MeasureIndexPage>(context, index_, ("Index", index));
            }
            var work = plan.Measures.SelectMany(m => LanguageExtensions.All.Select(l => (Measure: m, Language: l)));
            Parallel.ForEach(work, item =>
            {
                var (measure, language) = item;
                var label = plan.Config.Hierarchy.Measure.In(language);
                var title = $"{label}{measure.Id} {measure.Name.In(language)}";
                var crumbs = new List<Crumb> { PageWriter.HomeCrumb(context, plan, language), new(plan.Config.Hierarchy.Measures.In(language), Routes.Index(prefix, Section.Measures)) };
                var page = PageWriter.Page(context, plan, language, Routes.Measure(prefix, measure.Id), title, "measure", crumbs,
                    measure.Aim.In(language)) with
                { SearchFilters = [("measure", measure.Id)] };
                PageWriter.Write<MeasurePage>(context, page, ("Index", index), ("Measure", measure));
            });
        }
    }
}
