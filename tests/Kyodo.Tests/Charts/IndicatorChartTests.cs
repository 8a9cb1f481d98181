using Kyodo.Charts;
using Kyodo.Model;

namespace Kyodo.Tests.Charts;

public sealed class IndicatorChartTests
{
    private static TrendChart Chart(string id) => IndicatorChart.Build(ShippedPlan.Koriyama, ShippedPlan.Indicator(id), $"indicators/{id}/");

    [Fact]
    public void Build_YearsNotSurveyed_AreGapsWithTheirReasonAndNoValue()
    {
        var chart = Chart("work-life-balance");

        Assert.Equal([2016, 2017, 2018, 2019, 2020], chart.Points.Select(p => p.Year));
        Assert.Equal(
            [PointState.Reported, PointState.NotPublished, PointState.NotSurveyed, PointState.NotSurveyed, PointState.Reported],
            chart.Points.Select(p => p.State));
        Assert.All(chart.Gaps, p => Assert.Null(p.Value));
        Assert.Equal([5.2m, 6.5m], chart.Reported.Select(p => p.Value!.Value));
    }

    [Fact]
    public void Build_YearWithoutAnyRow_IsAGapOfItsOwnKind_NotAnInterpolation()
    {
        var chart = Chart("community-attachment");

        var gap = Assert.Single(chart.Gaps);
        Assert.Equal((2017, PointState.NotPublished), (gap.Year, gap.State));
        Assert.Contains(chart.Notes, n => n.Ja.Contains("0 ではありません", StringComparison.Ordinal));
    }

    [Fact]
    public void Build_DiscontinuedIndicator_EndsWithAGapSayingSo()
    {
        var chart = Chart("policy-proposals-adopted");

        var last = chart.Points[^1];
        Assert.Equal((2020, PointState.Discontinued, (decimal?)null), (last.Year, last.State, last.Value));
    }

    [Fact]
    public void Build_TargetIsPlacedInItsYear_AndWidensTheYearAxis()
    {
        var chart = Chart("community-attachment");

        var target = Assert.Single(chart.Targets);
        Assert.Equal((2025, 70.0m, true), (target.Year, target.Value, target.IsCurrent));
        Assert.Equal(2016, chart.FirstYear);
        Assert.Equal(2025, chart.LastYear);
        Assert.Equal(2020, chart.Points[^1].Year);
    }

    [Fact]
    public void Build_RevisedTarget_KeepsTheSupersededTargetWithTheYearItChanged()
    {
        var chart = Chart("collaboration-satisfaction");

        Assert.Collection(chart.Targets,
            old => Assert.Equal((2025, 70.0m, false, 2018, (int?)2020), (old.Year, old.Value, old.IsCurrent, old.SetIn, old.SupersededIn)),
            current => Assert.Equal((2025, 73.0m, true, 2020, (int?)null), (current.Year, current.Value, current.IsCurrent, current.SetIn, current.SupersededIn)));
        Assert.Contains(chart.Notes, n => n.Ja.Contains("70.0点 から 73.0点", StringComparison.Ordinal) && n.Ja.Contains("2020年度", StringComparison.Ordinal));
    }

    [Fact]
    public void Build_MethodBreak_PutsTheYearsBeforeAndAfterInDifferentPeriods()
    {
        var chart = Chart("collaboration-satisfaction");

        var b = Assert.Single(chart.Breaks);
        Assert.Equal(2019, b.Year);
        Assert.Equal([0, 0, 0, 1, 1], chart.Points.Select(p => p.Segment));
        Assert.Contains(chart.Notes, n => n.Ja.Contains("2019年度から算出方法が変わりました", StringComparison.Ordinal));
    }

    [Fact]
    public void Build_Direction_FollowsTheIndicator()
    {
        Assert.Equal(Direction.Decrease, Chart("traffic-deaths").Direction);
        Assert.Equal(Direction.Increase, Chart("community-attachment").Direction);
        Assert.Contains("低いほどよい", Chart("traffic-deaths").Summary.Ja, StringComparison.Ordinal);
        Assert.Contains("Lower is better", Chart("traffic-deaths").Summary.En, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_ValuesShownAtTheirOwnPrecision_AreNotMarkedRounded()
    {
        var chart = Chart("community-attachment");

        Assert.False(chart.HasRoundedValues);
        Assert.DoesNotContain(chart.Notes, n => n.Ja.Contains("丸めて", StringComparison.Ordinal));
    }

    [Fact]
    public void Build_DisplayPrecisionBelowTheData_MarksRoundedValuesAndSaysSo()
    {
        var indicator = ShippedPlan.Indicator("community-attachment") with { Decimals = 0 };

        var chart = IndicatorChart.Build(ShippedPlan.Koriyama, indicator, "indicators/community-attachment/");

        Assert.All(chart.Reported, p => Assert.True(p.IsRounded));
        Assert.False(Assert.Single(chart.Targets).IsRounded);
        Assert.Contains(chart.Notes, n => n.Ja.Contains("整数に丸めて", StringComparison.Ordinal) && n.En!.Contains("rounded", StringComparison.Ordinal));
        Assert.Equal("≈68%", ChartText.ValueText(chart, 67.6m, rounded: true, Language.En));
        Assert.Equal(67.6m, chart.Reported.First().Value);
    }

    [Fact]
    public void Build_MonitoringIndicator_HasNoTargetAndSaysItIsNotJudged()
    {
        var chart = Chart("school-community-instructors");

        Assert.True(chart.IsMonitoring);
        Assert.Empty(chart.Targets);
        Assert.Contains(chart.Notes, n => n.Ja.Contains("モニタリング指標", StringComparison.Ordinal));
    }

    [Fact]
    public void Describe_ReadsEveryYearIncludingGaps()
    {
        var text = ChartText.Describe(Chart("work-life-balance"), Language.En);

        Assert.Contains("FY2016 5.2% (baseline)", text, StringComparison.Ordinal);
        Assert.Contains("FY2018 not surveyed (no value)", text, StringComparison.Ordinal);
        Assert.Contains("Target 20.0% (FY2025)", text, StringComparison.Ordinal);
    }
}
