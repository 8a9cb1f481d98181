using Kyodo.Localization;
using Kyodo.Model;
using Kyodo.Schema.Maps;

namespace Kyodo.Charts;

/// <summary>
/// Builds the chart of a project's activity figures: one panel per figure (units differ, so each has its own
/// scale), with the current value, the previous year's value where the report gives it, and the plan's target
/// where a later plan names the same figure.
/// </summary>
public static class ProjectChart
{
    public const string ActualSeries = "actual";
    public const string TargetSeries = "target";

    /// <summary>
    /// The most figures one project's chart draws (the real plans have at most 9). A project with more is a data
    /// mistake or an unusual plan; its chart shows the first ones and says so, and every figure stays in the
    /// project's CSV and JSON downloads, so that the page stays readable and its size bounded.
    /// </summary>
    public const int MaxPanels = 48;

    public static BarChart? Build(Plan plan, string projectId, LocalizedText projectName, string folder)
    {
        var metrics = plan.MetricsByProject.GetValueOrDefault(projectId) ?? [];
        if (metrics.Count == 0) return null;
        var display = plan.Config.YearDisplay;

        var panels = new List<BarPanel>();
        var groups = Group(metrics);
        foreach (var group in groups.Take(MaxPanels))
        {
            var bars = new List<(int Year, bool Target, decimal Value, bool Cumulative)>();
            foreach (var m in group)
            {
                if (m.PrevValue is { } prev) bars.Add((m.PrevPeriod ?? m.Period - 1, false, prev, m.Cumulative));
                bars.Add((m.Period, m.Kind == MetricKind.Target, m.Value, m.Cumulative));
            }
            var categories = bars.Distinct().OrderBy(b => b.Year).ThenBy(b => b.Target)
                .Select((b, i) => new BarCategory(
                    ChartFormat.Int(b.Year) + (b.Target ? "-target" : "") + (bars.Count(x => x.Year == b.Year && x.Target == b.Target) > 1 ? "-" + ChartFormat.Int(i) : ""),
                    b.Target ? TargetLabel(ChartFormat.Year(b.Year, display)) : ChartFormat.Year(b.Year, display),
                    [new BarValue(b.Target ? TargetSeries : ActualSeries, b.Value)],
                    b.Cumulative ? Ui.ChartCumulativeNote : LocalizedText.Empty))
                .ToList();
            var first = group[0];
            panels.Add(new BarPanel($"{first.Year}-{Codes.MetricFields.Code(first.Field)}-{first.Seq}", first.Name, first.Unit, categories));
        }

        var used = panels.SelectMany(p => p.Categories).SelectMany(c => c.Values).Select(v => v.Series).ToHashSet();
        BarSeries[] series =
        [
            new BarSeries(ActualSeries, Ui.Actual, ChartPalette.Actual, BarPattern.Solid),
            new BarSeries(TargetSeries, Ui.ChartTarget, ChartPalette.Planned, BarPattern.Outline),
        ];
        return new BarChart
        {
            Folder = folder,
            Key = "chart-figures",
            Title = Ui.ChartProjectTitle(projectName),
            Summary = groups.Count > panels.Count ? Ui.ChartProjectSummaryFirst(panels.Count, groups.Count) : Ui.ChartProjectSummary(panels.Count),
            Layout = BarLayout.Grouped,
            Series = series.Where(s => used.Contains(s.Key)).ToList(),
            Panels = panels,
            CategoryLabel = Ui.FiscalYear,
            PanelLabel = Ui.ChartMetric,
        };
    }

    /// <summary>
    /// Figures of the same name and unit from different editions are one figure seen in different years (a report's
    /// actual, a later plan's target); two figures of the same edition stay apart even when their names match.
    /// </summary>
    internal static IReadOnlyList<IReadOnlyList<Metric>> Group(IReadOnlyList<Metric> metrics)
    {
        // Groups by name and unit in the order they first appear; looked up by key, so a project with thousands of
        // figures takes time in proportion to them (a scan of every group for every figure did not).
        var groups = new List<(List<Metric> Metrics, HashSet<int> Years)>();
        var byKey = new Dictionary<(string Name, string Unit), List<int>>();
        foreach (var m in metrics)
        {
            var key = (m.Name.Ja, m.Unit.Ja);
            if (!byKey.TryGetValue(key, out var candidates)) byKey[key] = candidates = [];
            var index = candidates.FirstOrDefault(i => !groups[i].Years.Contains(m.Year), -1);
            if (index < 0)
            {
                candidates.Add(groups.Count);
                groups.Add(([m], [m.Year]));
            }
            else
            {
                groups[index].Metrics.Add(m);
                groups[index].Years.Add(m.Year);
            }
        }
        return groups.Select(g => (IReadOnlyList<Metric>)g.Metrics).ToList();
    }

    private static LocalizedText TargetLabel(LocalizedText year) =>
        new($"{year.Ja}（{Ui.Target.Ja}）", $"{year.En} ({Ui.Target.En?.ToLowerInvariant()})");
}
