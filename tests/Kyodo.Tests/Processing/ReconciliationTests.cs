using Kyodo.Diagnostics;
using Kyodo.Loading;
using Kyodo.Model;
using Kyodo.Processing;
using Kyodo.Schema.Maps;
using Kyodo.Tests.Testing;

namespace Kyodo.Tests.Processing;

public sealed class ReconciliationTests
{
    private static readonly Plan Koriyama = SiteLoader.Load(Repo.Paths, new DiagnosticBag())!.PrimaryPlan;
    private static readonly IReadOnlyList<ReconciliationRow> Rows = Reconciliation.Of(Koriyama);

    private static ReconciliationRow Cell(int year, string table, string? measure, string key) =>
        Rows.Single(r => r.Year == year && Codes.SummaryTables.Code(r.Table) == table && r.MeasureId == measure && r.Key == key);

    [Fact]
    public void Measure7Achievement_In2020_DisagreesWithItsRows_AndIsKeptAsPublished()
    {
        var level4 = Cell(2020, "achievement", "7", "4");
        var level3 = Cell(2020, "achievement", "7", "3");

        Assert.Equal((14m, 13m, ReconciliationOutcome.Mismatch), (level4.Published, level4.Computed!.Value, level4.Outcome));
        Assert.Equal((1m, 2m, ReconciliationOutcome.Mismatch), (level3.Published, level3.Computed!.Value, level3.Outcome));
    }

    [Fact]
    public void PublishedTotals_OfTheThreeEditions_MatchTheRows()
    {
        Assert.True(Cell(2018, "project-counts", null, "projects").Matches);
        Assert.True(Cell(2020, "achievement", null, "entries").Matches);
        Assert.True(Cell(2025, "project-counts", null, "projects").Matches);
    }

    [Fact]
    public void ContinuedCount2025_DiffersByTheRelistings_AndSaysSo()
    {
        var total = Cell(2025, "category-counts", null, "continued");

        Assert.Equal((83m, 79m), (total.Published, total.Computed!.Value));
        Assert.Contains("re-listing", total.Explanation.En);
    }

    [Fact]
    public void ExpandedList_MatchesNamesPrintedInOtherCharacterWidths()
    {
        Assert.True(Cell(2025, "expanded-list", "4", "５R推進事業（ごみ減量推進事業）").Matches);
        Assert.Equal(ReconciliationOutcome.Mismatch, Cell(2025, "expanded-list", "6", "創業・事業継承支援事業").Outcome);
    }

    [Fact]
    public void Counts_OfEntriesIndicatorsAndProjects_AreThoseOfTheDocuments()
    {
        int Listed(int year, bool relisting) => Koriyama.EntriesIn(year).Count(e => e.IsRelisting == relisting && e.Category != "completed");

        Assert.Equal((76, 0), (Listed(2018, false), Listed(2018, true)));
        Assert.Equal((74, 1), (Listed(2020, false), Listed(2020, true)));
        Assert.Equal((91, 4), (Listed(2025, false), Listed(2025, true)));
        Assert.Equal(3, Koriyama.EntriesIn(2025).Count(e => e.Category == "completed"));
        Assert.Equal(2, Koriyama.Indicators.Count(i => i.Level == IndicatorLevel.Overall));
        Assert.Equal(21, Koriyama.Indicators.Count(i => i.Level == IndicatorLevel.Basic));
        Assert.All(Koriyama.Projects, p => Assert.NotEmpty(Koriyama.EntriesOf(p.Id)));
    }

    [Fact]
    public void SatisfactionTarget_WasRevised_AndItsScaleChanged()
    {
        var targets = Koriyama.TargetsByIndicator["collaboration-satisfaction"];

        Assert.Equal([(70.0m, false, 2018), (73.0m, true, 2020)], targets.Select(t => (t.Value, t.IsCurrent, t.SetIn)));
        Assert.Equal(2019, Assert.Single(Koriyama.BreaksByIndicator["collaboration-satisfaction"]).Year);
    }
}
