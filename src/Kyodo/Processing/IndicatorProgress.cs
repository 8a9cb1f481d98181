using Kyodo.Model;

namespace Kyodo.Processing;

/// <summary>
/// Progress of an indicator computed from its values: the share of the way from the baseline to the
/// current target, and the mark that share implies. Shown beside the city's own mark, never instead of it.
/// </summary>
public sealed record IndicatorProgress(
    Indicator Indicator,
    IndicatorValue? Baseline,
    IndicatorValue? Latest,
    IndicatorTarget? Target,
    IndicatorAssessment? Official,
    double? Share,
    ProgressMark ComputedMark,
    bool CrossesBreak)
{
    public static IndicatorProgress Of(Plan plan, Indicator indicator)
    {
        var values = plan.ValuesByIndicator.GetValueOrDefault(indicator.Id) ?? [];
        var baseline = values.FirstOrDefault(v => v.Year == indicator.BaselineYear);
        var latest = values.Where(v => v.Year > indicator.BaselineYear && v.Value is not null).MaxBy(v => v.Year);
        var target = plan.TargetsByIndicator.GetValueOrDefault(indicator.Id)?.LastOrDefault(t => t.IsCurrent);
        var assessments = plan.AssessmentsByIndicator.GetValueOrDefault(indicator.Id);
        var official = assessments is { Count: > 0 } ? assessments[^1] : null;
        var breaks = plan.BreaksByIndicator.GetValueOrDefault(indicator.Id) ?? [];
        var crosses = latest is not null && breaks.Any(b => b.Year > indicator.BaselineYear && b.Year <= latest.Year);

        double? share = null;
        var mark = ProgressMark.NotEvaluable;
        var latestIsCurrent = latest is not null && values.Where(v => v.Year > indicator.BaselineYear).Max(v => v.Year) == latest.Year;
        if (baseline?.Value is { } b && latest?.Value is { } l && latestIsCurrent && !indicator.IsMonitoring)
        {
            var delta = l - b;
            var better = indicator.HigherIsBetter ? delta > 0 : delta < 0;
            var worse = indicator.HigherIsBetter ? delta < 0 : delta > 0;
            mark = better ? ProgressMark.Approaching : worse ? ProgressMark.Receding : ProgressMark.Flat;
            if (target is not null && target.Value != b)
            {
                share = (double)((l - b) / (target.Value - b));
            }
        }
        return new IndicatorProgress(indicator, baseline, latest, target, official, share, mark, crosses);
    }

    /// <summary>True when the computed mark and the city's mark say the same thing.</summary>
    public bool AgreesWithOfficial => Official is null || Official.Mark == ComputedMark;
}
