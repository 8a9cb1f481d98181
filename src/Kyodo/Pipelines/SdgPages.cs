using System.Globalization;
using Kyodo.Charts;
using Kyodo.Engine;
using Kyodo.Localization;
using Kyodo.Model;
using Kyodo.Rendering;
using Kyodo.Routing;
using Kyodo.Theme.Pages;

namespace Kyodo.Pipelines;

/// <summary>SDG goals (/sdgs/) and a page per goal (/sdgs/&lt;goal&gt;/) listing contributing projects by year.</summary>
public sealed class SdgPages : ISectionPipeline
{
    public Section Section => Section.Sdgs;

    public IReadOnlyList<Type> DependsOn => [typeof(PlanIndexes), typeof(Charts)];

    public void Execute(BuildContext context)
    {
        foreach (var plan in context.Site.Plans.Where(p => Routes.HasData(p, Section)))
        {
            var index = PlanIndexes.Of(context, plan);
            var charts = Charts.Of(context, plan);
            var prefix = context.Site.PrefixOf(plan);
            foreach (var language in LanguageExtensions.All)
            {
                var home = PageWriter.HomeCrumb(context, plan, language);
                var title = Ui.ProjectsBySdgGoal.In(language);
                var indexPage = PageWriter.Page(context, plan, language, Routes.Index(prefix, Section.Sdgs), title, "sdgs", [home]) with
                { Scripts = charts.SdgGoals is null ? [] : [ChartFiles.Script] };
                PageWriter.Write<SdgIndexPage>(context, indexPage, ("Index", index),
                    ("Chart", charts.SdgGoals is null ? null : charts.Render(charts.SdgGoals, language)));
                foreach (var goal in plan.Sdgs)
                {
                    var number = goal.Goal.ToString(CultureInfo.InvariantCulture);
                    var page = PageWriter.Page(context, plan, language, Routes.Sdg(prefix, goal.Goal), $"SDGs {number}. {goal.Name.In(language)}", "sdg",
                        [home, new Crumb(Ui.Sdgs.In(language), Routes.Index(prefix, Section.Sdgs))]) with
                    { SearchFilters = [("sdg", number)] };
                    PageWriter.Write<SdgPage>(context, page, ("Index", index), ("Goal", goal));
                }
            }
        }
    }
}
