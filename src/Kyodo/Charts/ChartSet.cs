using System.Collections.Concurrent;
using Kyodo.Charts.Svg;
using Kyodo.Model;
using Kyodo.Processing;
using Kyodo.Routing;

namespace Kyodo.Charts;

/// <summary>
/// The static drawings of a chart in one language: wide for screens and print, narrow for phones. They are
/// drawn when the page that shows them is rendered, not when the page is queued, so a pipeline with many
/// charted pages does not hold every drawing at once.
/// </summary>
public sealed class RenderedChart(ChartSpec spec, Language language)
{
    private readonly Lazy<string> _wide = new(() => ChartSvg.Render(spec, language, SvgSize.Wide));
    private readonly Lazy<string> _narrow = new(() => ChartSvg.Render(spec, language, SvgSize.Narrow));

    public ChartSpec Spec => spec;
    public string Wide => _wide.Value;
    public string Narrow => _narrow.Value;
}

/// <summary>Every chart of a plan, built once per build and shared by the pages that show them.</summary>
public sealed class ChartSet
{
    private readonly ConcurrentDictionary<(string Folder, Language Language), RenderedChart> _rendered = new();
    private readonly HashSet<ChartSpec> _summaries;

    public ChartSet(Plan plan, PlanIndex index, string prefix)
    {
        Indicators = plan.Indicators.ToDictionary(i => i.Id, i => IndicatorChart.Build(plan, i, Routes.Indicator(prefix, i.Id)));
        Projects = plan.Projects
            .Select(p => (p.Id, Chart: ProjectChart.Build(plan, p.Id, index.NameOf(p.Id), Routes.Project(prefix, p.Id))))
            .Where(x => x.Chart is not null)
            .ToDictionary(x => x.Id, x => x.Chart!);
        var reports = plan.Config.Editions.Where(e => e.IsReport).Select(e => e.Year).ToList();
        Achievement = reports.Select(y => (Year: y, Chart: SummaryCharts.Achievement(plan, y, $"{prefix}charts/{SummaryCharts.AchievementSlug(y)}/")))
            .Where(x => x.Chart is not null).ToDictionary(x => x.Year, x => x.Chart!);
        var assessed = plan.Assessments.Select(a => a.Year).Distinct().Order().ToList();
        IndicatorProgress = assessed.Select(y => (Year: y, Chart: SummaryCharts.IndicatorProgress(plan, y, $"{prefix}charts/{SummaryCharts.IndicatorProgressSlug(y)}/")))
            .Where(x => x.Chart is not null).ToDictionary(x => x.Year, x => x.Chart!);
        SdgGoals = SummaryCharts.SdgGoals(plan, $"{prefix}charts/{SummaryCharts.SdgSlug}/");
        _summaries = new HashSet<ChartSpec>(Achievement.Values.Concat(IndicatorProgress.Values).Concat(SdgGoals is null ? [] : [SdgGoals]),
            ReferenceEqualityComparer.Instance);
    }

    public IReadOnlyDictionary<string, TrendChart> Indicators { get; }
    public IReadOnlyDictionary<string, BarChart> Projects { get; }
    public IReadOnlyDictionary<int, BarChart> Achievement { get; }
    public IReadOnlyDictionary<int, BarChart> IndicatorProgress { get; }
    public BarChart? SdgGoals { get; }

    /// <summary>Every chart once, in a fixed order (for writing files).</summary>
    public IEnumerable<ChartSpec> All =>
        Indicators.Values.Cast<ChartSpec>()
            .Concat(Projects.Values)
            .Concat(Achievement.Values)
            .Concat(IndicatorProgress.Values)
            .Concat(SdgGoals is null ? [] : [SdgGoals])
            .OrderBy(c => c.Folder, StringComparer.Ordinal);

    /// <summary>
    /// The drawings of a chart in one language. A summary chart, shown on several pages, is drawn once and kept;
    /// an indicator's or a project's chart, shown on its own page only, is drawn for that page and not kept: a
    /// nation-sized build has hundreds of thousands of them, and keeping them all held a gigabyte.
    /// </summary>
    public RenderedChart Render(ChartSpec spec, Language language) =>
        IsSummary(spec) ? _rendered.GetOrAdd((spec.Folder, language), _ => Draw(spec, language)) : Draw(spec, language);

    private bool IsSummary(ChartSpec spec) => _summaries.Contains(spec);

    private static RenderedChart Draw(ChartSpec spec, Language language) => new(spec, language);
}
