using Kyodo.Charts;
using Kyodo.Engine;
using Kyodo.Localization;
using Kyodo.Model;
using Kyodo.Processing;
using Kyodo.Rendering;
using Kyodo.Routing;
using Kyodo.Theme.Pages;

namespace Kyodo.Pipelines;

/// <summary>The editions of a plan (/years/) and each edition's view (/years/&lt;yyyy&gt;/).</summary>
public sealed class YearPages : ISectionPipeline
{
    public Section Section => Section.Years;

    public IReadOnlyList<Type> DependsOn => [typeof(PlanIndexes), typeof(Charts)];

    public void Execute(BuildContext context)
    {
        foreach (var plan in context.Site.Plans)
        {
            var index = PlanIndexes.Of(context, plan);
            var charts = Charts.Of(context, plan);
            var prefix = context.Site.PrefixOf(plan);
            foreach (var language in LanguageExtensions.All)
            {
                var home = PageWriter.HomeCrumb(context, plan, language);
                PageWriter.Write<YearIndexPage>(context, PageWriter.Page(context, plan, language, Routes.Index(prefix, Section.Years), Ui.Years.In(language), "years", [home]), ("Index", index));
                foreach (var edition in plan.Config.Editions)
                {
                    var page = PageWriter.Page(context, plan, language, Routes.Year(prefix, edition.Year), edition.Title.In(language), "year",
                        [home, new Crumb(Ui.Years.In(language), Routes.Index(prefix, Section.Years))]) with
                    { SearchFilters = [("year", edition.Year.ToString(System.Globalization.CultureInfo.InvariantCulture))] };
                    var summary = edition.IsReport
                        ? new ChartSpec?[] { charts.Achievement.GetValueOrDefault(edition.Year), charts.IndicatorProgress.GetValueOrDefault(edition.Year) }.OfType<ChartSpec>().ToList()
                        : [];
                    if (summary.Count > 0) page = page with { Scripts = [ChartFiles.Script] };
                    PageWriter.Write<YearPage>(context, page, ("Index", index), ("Edition", edition),
                        ("Listing", EditionListing.Of(plan, edition)),
                        ("Charts", (IReadOnlyList<RenderedChart>)summary.Select(c => charts.Render(c, language)).ToList()));
                }
            }
        }
    }
}
