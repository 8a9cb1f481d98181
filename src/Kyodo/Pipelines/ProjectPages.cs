using Kyodo.Charts;
using Kyodo.Engine;
using Kyodo.Localization;
using Kyodo.Model;
using Kyodo.Processing;
using Kyodo.Rendering;
using Kyodo.Routing;
using Kyodo.Theme.Pages;

namespace Kyodo.Pipelines;

/// <summary>A page per project of each plan, at its permanent URL /projects/&lt;id&gt;/.</summary>
public sealed class ProjectPages : IPipeline
{
    public IReadOnlyList<Type> DependsOn => [typeof(PlanIndexes), typeof(Charts)];

    public void Execute(BuildContext context)
    {
        foreach (var plan in context.Site.Plans)
        {
            var index = PlanIndexes.Of(context, plan);
            var charts = Charts.Of(context, plan);
            var prefix = context.Site.PrefixOf(plan);
            var work = plan.Projects.SelectMany(p => LanguageExtensions.All.Select(l => (Project: p, Language: l)));
            Parallel.ForEach(work, item =>
            {
                var (project, language) = item;
                var status = index.StatusOf(project.Id);
                var crumbs = new List<Crumb>
                {
                    PageWriter.HomeCrumb(context, plan, language),
                };
                if (context.Sections.Contains(Section.Projects)) crumbs.Add(new Crumb(Ui.ProjectIndex.In(language), Routes.Index(prefix, Section.Projects)));
                var latest = status.Latest;
                var filters = status.Entries.Select(e => ("year", e.Year.ToString(System.Globalization.CultureInfo.InvariantCulture)))
                    .Concat(status.Entries.Select(e => ("measure", e.MeasureId)))
                    .Concat(status.Entries.SelectMany(e => e.SdgGoals).Select(g => ("sdg", g.ToString(System.Globalization.CultureInfo.InvariantCulture))))
                    .Distinct().ToList();
                var page = PageWriter.Page(context, plan, language, Routes.Project(prefix, project.Id), status.Name.In(language), "project", crumbs,
                    latest?.Plan.In(language) is { Length: > 0 } text ? Summarize(text) : "") with
                { SearchFilters = filters };
                var chart = charts.Projects.GetValueOrDefault(project.Id);
                if (chart is not null) page = page with { Scripts = [ChartFiles.Script] };
                PageWriter.Write<ProjectPage>(context, page, ("Index", index), ("Status", status),
                    ("Ending", ProjectEnding.Of(plan, status)),
                    ("Chart", chart is null ? null : charts.Render(chart, language)));
            });
        }
    }

    /// <summary>A meta description: the first line of the plan text, shortened.</summary>
    private static string Summarize(string text)
    {
        var first = text.Split('\n')[0].Trim();
        return first.Length <= 140 ? first : first[..139] + "…";
    }
}
