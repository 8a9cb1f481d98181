using Kyodo.Charts;

namespace Kyodo.Tests.Charts;

public sealed class SummaryChartTests
{
    [Fact]
    public void Achievement_CountsTheRowsPerMeasure_AndNotesWhereTheCitysTableDiffers()
    {
        var chart = SummaryCharts.Achievement(ShippedPlan.Koriyama, 2020, "charts/achievement-2020/")!;

        var categories = chart.Panels.Single().Categories;
        Assert.Equal(7, categories.Count);
        var measure7 = categories.Single(c => c.Key == "7");
        Assert.Equal(13m, measure7.ValueOf("4"));
        Assert.Contains("14", measure7.Note.Ja, StringComparison.Ordinal);
        Assert.True(categories.Single(c => c.Key == "1").Note.IsEmpty);
        Assert.Equal(BarPattern.Solid, chart.SeriesOf("4").Pattern);
        Assert.Equal(BarPattern.Hatched, chart.SeriesOf("1").Pattern);
    }

    [Fact]
    public void IndicatorProgress_CountsTheCitysMarksPerMeasure()
    {
        var chart = SummaryCharts.IndicatorProgress(ShippedPlan.Koriyama, 2020, "charts/indicator-progress-2020/")!;

        var measure1 = chart.Panels.Single().Categories.Single(c => c.Key == "1");
        Assert.Equal((0m, 1m, 1m), (measure1.ValueOf("approaching")!.Value, measure1.ValueOf("receding")!.Value, measure1.ValueOf("not_evaluable")!.Value));
        Assert.True(measure1.Note.IsEmpty);
    }

    [Fact]
    public void SdgGoals_HasEveryGoalAndARowForLostIcons()
    {
        var chart = SummaryCharts.SdgGoals(ShippedPlan.Koriyama, "charts/sdg-goals/")!;

        var categories = chart.Panels.Single().Categories;
        Assert.Equal(18, categories.Count);
        Assert.Equal("unknown", categories[^1].Key);
        Assert.Equal(chart.Series.Select(s => s.Key), categories[0].Values.Select(v => v.Series));
        Assert.NotEmpty(chart.Notes);
    }
}
