using System.Collections.Concurrent;
using Kyodo.Charts.Svg;
using Kyodo.Model;
using Kyodo.Processing;

namespace Kyodo.Charts;

/// <summary>The static drawings of a chart in one language: wide for screens and print, narrow for phones.</summary>
public sealed record RenderedChart(ChartSpec Spec, string Wide, string Narrow);

/// <summary>Every chart of a plan, built once per build and shared by the pages that show them.</summary>
public sealed class ChartSet
{
    private readonly ConcurrentDictionary<(string Folder, Language Language), RenderedChart> _rendered = new();

    public ChartSet(Plan plan, PlanIndex index, string prefix)
    {
        Indicators = plan.Indicators.ToDictionary(i => i.Id, i => IndicatorChart.Build(plan, i, $"{prefix}indicators/{i.Id}/"));
        Projects = plan.Projects
            .Select(p => (p.Id, Chart: ProjectChart.Build(plan, p.Id, index.NameOf(p.Id), $"{prefix}projects/{p.Id}/")))
            .Where(x => x.Chart is not null)
            .ToDictionary(x => x.Id, x => x.Chart!);
        var reports = plan.Config.Editions.Where(e => e.IsReport).Select(e => e.Year).ToList();
        Achievement = reports.Select(y => (Year: y, Chart: SummaryCharts.Achievement(plan, y, $"{prefix}charts/{SummaryCharts.AchievementSlug(y)}/")))
            .Where(x => x.Chart is not null).ToDictionary(x => x.Year, x => x.Chart!);
        var assessed = plan.Assessments.Select(a => a.Year).Distinct().Order().ToList();
        IndicatorProgress = assessed.Select(y => (Year: y, Chart: SummaryCharts.IndicatorProgress(plan, y, $"{prefix}charts/{SummaryCharts.IndicatorProgressSlug(y)}/")))
            .Where(x => x.Chart is not null).ToDictionary(x => x.Year, x => x.Chart!);
        SdgGoals = SummaryCharts.SdgGoals(plan, $"{prefix}charts/{SummaryCharts.SdgSlug}/");
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

    /// <summary>The drawings of a chart, rendered once per language and reused by its page and its download.</summary>
    public RenderedChart Render(ChartSpec spec, Language language) =>
        _rendered.GetOrAdd((spec.Folder, language), _ => new RenderedChart(spec,
            ChartSvg.Render(spec, language, SvgSize.Wide),
            ChartSvg.Render(spec, language, SvgSize.Narrow)));
}
