using Kyodo.Localization;
using Kyodo.Model;

namespace Kyodo.Charts;

/// <summary>Builds the chart of an indicator from its values, targets and series breaks.</summary>
public static class IndicatorChart
{
    public static TrendChart Build(Plan plan, Indicator indicator, string folder)
    {
        var values = plan.ValuesByIndicator.GetValueOrDefault(indicator.Id) ?? [];
        var breaks = plan.BreaksByIndicator.GetValueOrDefault(indicator.Id) ?? [];
        var targets = plan.TargetsByIndicator.GetValueOrDefault(indicator.Id) ?? [];
        var display = plan.Config.YearDisplay;

        var points = Points(indicator, values, breaks);
        var marks = Targets(indicator, targets);
        var direction = indicator.Direction;

        var notes = new List<LocalizedText>();
        foreach (var b in breaks) notes.Add(Ui.ChartBreakNote(b.Year, b.Description));
        var gaps = points.Count(p => !p.HasValue);
        if (gaps > 0) notes.Add(Ui.ChartGapNote(gaps));
        foreach (var old in marks.Where(t => !t.IsCurrent))
        {
            var current = marks.FirstOrDefault(t => t.IsCurrent && t.Year == old.Year);
            if (current is not null && old.SupersededIn is { } changed)
            {
                notes.Add(Ui.ChartRevisionNote(ChartFormat.Value(old.Value, indicator.Decimals, indicator.Unit),
                    ChartFormat.Value(current.Value, indicator.Decimals, indicator.Unit), old.Year, changed));
            }
        }
        if (points.Any(p => p.IsRounded) || marks.Any(t => t.IsRounded)) notes.Add(Ui.ChartRoundingNote(indicator.Decimals));
        if (indicator.Cumulative) notes.Add(Ui.ChartCumulativeNote);
        if (indicator.IsMonitoring) notes.Add(Ui.ChartMonitoringNote);

        var reported = points.Where(p => p.HasValue).ToList();
        var latest = reported.LastOrDefault();
        var baseline = reported.FirstOrDefault(p => p.IsBaseline);
        var target = marks.LastOrDefault(t => t.IsCurrent);
        Ui.YearValue? At(decimal? value, int year) => value is { } v ? new Ui.YearValue(ChartFormat.Value(v, indicator.Decimals, indicator.Unit), ChartFormat.Year(year, display)) : null;
        var years = points.Count == 0 ? LocalizedText.Empty : new LocalizedText(
            $"{ChartFormat.Year(points[0].Year, display).Ja}から{ChartFormat.Year(points[^1].Year, display).Ja}まで",
            $"{ChartFormat.Year(points[0].Year, display).En} to {ChartFormat.Year(points[^1].Year, display).En}");
        var summary = Ui.ChartIndicatorSummary(indicator.Name, years,
            latest is null ? null : At(latest.Value, latest.Year),
            baseline is null || baseline == latest ? null : At(baseline.Value, baseline.Year),
            target is null ? null : At(target.Value, target.Year),
            direction, indicator.IsMonitoring);

        return new TrendChart
        {
            Folder = folder,
            Key = "chart-" + indicator.Id,
            Title = Ui.ChartIndicatorTitle(indicator.Name),
            Summary = summary,
            Notes = notes,
            Unit = indicator.Unit,
            Decimals = indicator.Decimals,
            Direction = direction,
            IsMonitoring = indicator.IsMonitoring,
            IsCumulative = indicator.Cumulative,
            Points = points,
            Targets = marks,
            Breaks = breaks.Select(b => new BreakMark(b.Year, b.Description)).ToList(),
        };
    }

    /// <summary>Every year from the first row to the last; a year without a row is a gap of its own kind.</summary>
    internal static IReadOnlyList<TrendPoint> Points(Indicator indicator, IReadOnlyList<IndicatorValue> values, IReadOnlyList<SeriesBreak> breaks)
    {
        if (values.Count == 0) return [];
        var byYear = values.GroupBy(v => v.Year).ToDictionary(g => g.Key, g => g.First());
        var first = byYear.Keys.Min();
        var last = byYear.Keys.Max();
        var points = new List<TrendPoint>();
        for (var year = first; year <= last; year++)
        {
            var segment = breaks.Count(b => b.Year <= year);
            if (!byYear.TryGetValue(year, out var row))
            {
                points.Add(new TrendPoint(year, null, PointState.NotPublished, segment, year == indicator.BaselineYear, false, LocalizedText.Empty));
                continue;
            }
            var state = row.Value is null ? StateOf(row.Status) : PointState.Reported;
            var rounded = row.Value is { } v && ChartFormat.IsRounded(v, indicator.Decimals);
            points.Add(new TrendPoint(year, row.Value, state, segment, year == indicator.BaselineYear, rounded, row.Note));
        }
        return points;
    }

    /// <summary>Targets in the order they were set; a superseded one records when the next one replaced it.</summary>
    internal static IReadOnlyList<TargetMark> Targets(Indicator indicator, IReadOnlyList<IndicatorTarget> targets)
    {
        var ordered = targets.OrderBy(t => t.SetIn).ThenBy(t => t.IsCurrent).ToList();
        return ordered.Select(t =>
        {
            int? supersededIn = t.IsCurrent ? null : ordered.Where(o => o.TargetYear == t.TargetYear && o.SetIn >= t.SetIn && !ReferenceEquals(o, t) && (o.IsCurrent || o.SetIn > t.SetIn))
                .Select(o => (int?)o.SetIn).FirstOrDefault();
            return new TargetMark(t.TargetYear, t.Value, t.IsCurrent, t.SetIn, supersededIn, ChartFormat.IsRounded(t.Value, indicator.Decimals), t.Note);
        }).ToList();
    }

    private static PointState StateOf(ValueStatus status) => status switch
    {
        ValueStatus.NotSurveyed => PointState.NotSurveyed,
        ValueStatus.NotEvaluable => PointState.NotEvaluable,
        ValueStatus.Discontinued => PointState.Discontinued,
        _ => PointState.NotPublished,
    };

}
