using Kyodo.Charts;
using Kyodo.Engine;
using Kyodo.Model;
using Kyodo.Theme.Pages;

namespace Kyodo.Pipelines;

/// <summary>The home page of each plan, in both languages.</summary>
public sealed class HomePages : IPipeline
{
    public IReadOnlyList<Type> DependsOn => [typeof(PlanIndexes), typeof(Charts)];

    public void Execute(BuildContext context)
    {
        foreach (var plan in context.Site.Plans)
        {
            var index = PlanIndexes.Of(context, plan);
            var charts = Charts.Of(context, plan);
            var report = index.LatestReport?.Year;
            var summary = new List<ChartSpec?>
            {
                report is { } r ? charts.Achievement.GetValueOrDefault(r) : null,
                report is { } y ? charts.IndicatorProgress.GetValueOrDefault(y) : null,
            }.OfType<ChartSpec>().ToList();
            foreach (var language in LanguageExtensions.All)
            {
                var page = PageWriter.Page(context, plan, language, context.Site.PrefixOf(plan), plan.Config.Name.In(language), "home",
                    description: context.Site.Config.Description.In(language)) with
                { Scripts = summary.Count > 0 ? [ChartFiles.Script] : [] };
                PageWriter.Write<HomePage>(context, page, ("Index", index),
                    ("Charts", (IReadOnlyList<RenderedChart>)summary.Select(c => charts.Render(c, language)).ToList()));
            }
        }
    }
}
