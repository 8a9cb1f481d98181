using Kyodo.Charts;
using Kyodo.Model;

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
    [Fact]
    public void Build_ProjectWithMoreFiguresThanTheChartDraws_ShowsTheFirstAndSaysHowManyThereAre()
    {
        var k = ShippedPlan.Koriyama;
        var first = k.MetricsByProject["p001"][0];
        var many = Enumerable.Range(1, ProjectChart.MaxPanels + 12)
            .Select(i => first with { Seq = i, Name = LocalizedText.Both($"figure {i}"), Value = i })
            .ToList();
        var plan = new Plan(k.Config, k.Sources, k.Policies, k.Measures, k.KeyPoints, k.Roles, k.Departments, k.Partners, k.Projects,
            k.Entries, k.Lineage, many, k.ProjectTargets, k.Indicators, k.Values, k.Targets, k.Assessments, k.Breaks, k.Commentary,
            k.Summaries, k.Sdgs, k.DataDirectory);

        var chart = ProjectChart.Build(plan, "p001", ShippedPlan.Index.NameOf("p001"), "projects/p001/")!;

        Assert.Equal(ProjectChart.MaxPanels, chart.Panels.Count);
        Assert.Equal("figure 1", chart.Panels[0].Title!.Ja);
        Assert.Contains($"{ProjectChart.MaxPanels + 12} activity figures; the chart shows the first {ProjectChart.MaxPanels}", chart.Summary.En);
    }

    [Fact]
    public void Group_TenThousandDistinctFigures_KeepsEachApartInTheOrderGiven()
    {
        var first = ShippedPlan.Koriyama.MetricsByProject["p001"][0];
        var metrics = Enumerable.Range(0, 10_000)
            .Select(i => first with { Year = 2019 + i % 2, Name = LocalizedText.Both($"figure {i / 2}") })
            .ToList();

        var groups = ProjectChart.Group(metrics);

        Assert.Equal(5_000, groups.Count);
        Assert.All(groups, g => Assert.Equal([2019, 2020], g.Select(m => m.Year)));
        Assert.Equal("figure 4999", groups[^1][0].Name.Ja);
    }
}
