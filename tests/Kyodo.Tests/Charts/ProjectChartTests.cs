using Kyodo.Charts;

namespace Kyodo.Tests.Charts;

public sealed class ProjectChartTests
{
    private static BarChart Chart(string id) =>
        ProjectChart.Build(ShippedPlan.Koriyama, id, ShippedPlan.Index.NameOf(id), $"projects/{id}/")!;

    [Fact]
    public void Build_FigureWithPreviousYear_ShowsBothYearsInOnePanel()
    {
        var panel = Chart("p001").Panels[0];

        Assert.Equal(["2019", "2020"], panel.Categories.Select(c => c.Key));
        Assert.Equal([30m, 24m], panel.Categories.Select(c => c.Values.Single().Value));
        Assert.Equal("件", panel.Unit.Ja);
    }

    [Fact]
    public void Build_SameFigureInAReportAndALaterPlan_SharesOnePanelWithTheTargetMarkedAsSuch()
    {
        var chart = Chart("p038");

        var consultations = chart.Panels.Single(p => p.Title!.Ja == "市民活動サポートセンター相談対応件数");
        Assert.Equal(["2019", "2020", "2025-target"], consultations.Categories.Select(c => c.Key));
        Assert.Equal([2885m, 2216m, 2500m], consultations.Categories.Select(c => c.Values.Single().Value));
        Assert.Equal(ProjectChart.TargetSeries, consultations.Categories[^1].Values.Single().Series);
        Assert.Equal(BarPattern.Outline, chart.SeriesOf(ProjectChart.TargetSeries).Pattern);
    }

    [Fact]
    public void Build_TwoFiguresOfOneEditionWithTheSameName_StayApart()
    {
        var chart = Chart("p063");

        Assert.Equal(2, chart.Panels.Count(p => p.Title!.Ja == "参加者数"));
    }

    [Fact]
    public void Build_ProjectWithoutFigures_HasNoChart()
    {
        var without = ShippedPlan.Koriyama.Projects.First(p => !ShippedPlan.Koriyama.MetricsByProject.ContainsKey(p.Id));

        Assert.Null(ProjectChart.Build(ShippedPlan.Koriyama, without.Id, ShippedPlan.Index.NameOf(without.Id), "x/"));
    }

    [Fact]
    public void Build_EveryFigureOfThePlan_AppearsInItsProjectsChartWithItsValue()
    {
        foreach (var (projectId, metrics) in ShippedPlan.Koriyama.MetricsByProject)
        {
            var values = Chart(projectId).Panels.SelectMany(p => p.Categories).SelectMany(c => c.Values).Select(v => v.Value).ToList();
            foreach (var m in metrics)
            {
                Assert.Contains(m.Value, values);
                if (m.PrevValue is { } prev) Assert.Contains(prev, values);
            }
        }
    }
}
