using Kyodo.Charts;
using Kyodo.Engine;
using Kyodo.Localization;
using Kyodo.Model;
using Kyodo.Processing;
using Kyodo.Rendering;
using Kyodo.Routing;
using Kyodo.Theme.Pages;

namespace Kyodo.Pipelines;

/// <summary>Indicators (/indicators/) and a page per indicator (/indicators/&lt;id&gt;/).</summary>
public sealed class IndicatorPages : ISectionPipeline
{
    public Section Section => Section.Indicators;

    public IReadOnlyList<Type> DependsOn => [typeof(PlanIndexes), typeof(Charts)];

    public void Execute(BuildContext context)
    {
        foreach (var plan in context.Site.Plans.Where(p => Routes.HasData(p, Section)))
        {
            var index = PlanIndexes.Of(context, plan);
            var charts = Charts.Of(context, plan);
            var prefix = context.Site.PrefixOf(plan);
            var progress = plan.Indicators.ToDictionary(i => i.Id, i => IndicatorProgress.Of(plan, i), StringComparer.Ordinal);
            foreach (var language in LanguageExtensions.All)
            {
                var home = PageWriter.HomeCrumb(context, plan, language);
                var summary = charts.IndicatorProgress.OrderBy(c => c.Key).Select(c => charts.Render(c.Value, language)).TakeLast(1).ToList();
                var indexPage = PageWriter.Page(context, plan, language, Routes.Index(prefix, Section.Indicators), Ui.Indicators.In(language), "indicators", [home]) with
                { Scripts = summary.Count > 0 ? [ChartFiles.Script] : [] };
                PageWriter.Write<IndicatorIndexPage>(context, indexPage, ("Index", index), ("Charts", (IReadOnlyList<RenderedChart>)summary));
                foreach (var indicator in plan.Indicators)
                {
                    var filters = indicator.MeasureId is null ? new List<(string, string)>() : [("measure", indicator.MeasureId)];
                    var page = PageWriter.Page(context, plan, language, Routes.Indicator(prefix, indicator.Id), indicator.Name.In(language), "indicator",
                        [home, new Crumb(Ui.Indicators.In(language), Routes.Index(prefix, Section.Indicators))], indicator.Description.In(language)) with
                    { SearchFilters = filters, Scripts = [ChartFiles.Script] };
                    PageWriter.Write<IndicatorPage>(context, page, ("Index", index), ("Progress", progress[indicator.Id]),
                        ("Chart", charts.Render(charts.Indicators[indicator.Id], language)));
                }
            }
        }
    }
}
