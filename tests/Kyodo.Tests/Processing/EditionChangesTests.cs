using Kyodo.Diagnostics;
using Kyodo.Loading;
using Kyodo.Model;
using Kyodo.Processing;
using Kyodo.Tests.Testing;

namespace Kyodo.Tests.Processing;

public sealed class EditionChangesTests
{
    private static readonly Lazy<PlanIndex> Koriyama = new(() =>
    {
        var site = SiteLoader.Load(Repo.Paths, new DiagnosticBag()) ?? throw new InvalidOperationException("shipped data did not load");
        return new PlanIndex(site.PrimaryPlan);
    });

    private static EditionChanges In(int year) => EditionChanges.Of(Koriyama.Value).Single(c => c.Edition.Year == year);

    [Fact]
    public void Of_FirstEdition_ListsEveryProjectAsNewAndNothingElse()
    {
        var first = In(2018);

        Assert.Null(first.Previous);
        Assert.Equal(76, first.Listed.Count);
        Assert.Equal(first.Listed, first.NewlyListed);
        Assert.Empty(first.NoLongerListed);
        Assert.Null(first.RatingCounts);
    }

    [Fact]
    public void Of_Report_CountsRatingsAndExplainsWhatDisappeared()
    {
        var report = In(2020);

        Assert.Equal(2018, report.Previous!.Year);
        Assert.Equal(75, report.RatingCounts!.Values.Sum());
        Assert.Equal(54, report.RatingCounts["4"]);
        Assert.Empty(report.RatingChanges); // the first report: nothing to compare with
        // p043 ended with FY2019 (a "completed" lineage event) and is not listed in 2020: completed, not "no longer listed".
        Assert.Contains(report.Completed, e => e.ProjectId == "p043");
        Assert.DoesNotContain(report.NoLongerListed, e => e.ProjectId == "p043");
        // p021 merged into p022: explained by the lineage, so not among the unexplained disappearances.
        Assert.Contains(report.Lineage, l => l.Event == LineageKind.Merged && l.FromId == "p021");
        Assert.DoesNotContain(report.NoLongerListed, e => e.ProjectId == "p021");
        // p004 appears once (2018 only) and nothing says why.
        Assert.Contains(report.NoLongerListed, e => e.ProjectId == "p004");
        Assert.DoesNotContain(report.Lineage, l => l.Event == LineageKind.AppearsOnce);
    }

    [Fact]
    public void Of_2025Plan_FindsNewProjectsCompletionsAndMoves()
    {
        var plan = In(2025);

        Assert.Contains(plan.NewlyListed, e => e.ProjectId == "p089");
        Assert.DoesNotContain(plan.NewlyListed, e => e.ProjectId == "p039"); // listed in every edition
        Assert.Contains(plan.Completed, e => e.ProjectId == "p026");
        Assert.Contains(plan.Lineage, l => l.Event == LineageKind.Moved && l.FromId == "p032");
        Assert.All(plan.Lineage, l => Assert.Equal(2025, l.Year));
    }

    [Fact]
    public void DateOf_WithoutPublicationMonth_UsesTheFiscalYear()
    {
        var plan = Koriyama.Value.Plan;

        Assert.Equal(new DateTimeOffset(2018, 4, 1, 0, 0, 0, TimeSpan.FromHours(9)), EditionChanges.DateOf(plan, plan.Config.EditionOf(2018)!));
        Assert.Equal(new DateTimeOffset(2021, 4, 1, 0, 0, 0, TimeSpan.FromHours(9)), EditionChanges.DateOf(plan, plan.Config.EditionOf(2020)!));
    }

    [Fact]
    public void Of_TwoReports_ListsRatingChangesAndUsesThePublicationMonth()
    {
        var plan = Tiny.Plan(
            [new Edition(2020, EditionKind.Report, "r2020", LocalizedText.Both("2020")), new Edition(2021, EditionKind.Report, "r2021", LocalizedText.Both("2021"))],
            [Tiny.Entry("p1", 2020, "3"), Tiny.Entry("p2", 2020, "4"), Tiny.Entry("p1", 2021, "4"), Tiny.Entry("p2", 2021, "4")],
            [new Source("r2021", LocalizedText.Both("r"), LocalizedText.Both("c"), 2021, SourceKind.Report, "2022-06", "x.txt", LocalizedText.Empty)]);
        var index = new PlanIndex(plan);

        var second = EditionChanges.Of(index).Single(c => c.Edition.Year == 2021);

        var change = Assert.Single(second.RatingChanges);
        Assert.Equal(("p1", "3", "4"), (change.After.ProjectId, change.Before.Rating, change.After.Rating));
        Assert.Equal(new DateTimeOffset(2022, 6, 1, 0, 0, 0, TimeSpan.FromHours(9)), second.Date);
    }

    /// <summary>A plan of a few entries, for changes the shipped data does not contain.</summary>
    private static class Tiny
    {
        public static ProjectEntry Entry(string id, int year, string? rating) => new(id, year, null, 1, "1", null, LocalizedText.Both(id), "dept",
            LocalizedText.Empty, LocalizedText.Empty, rating, [], [], SdgStatus.None, [], LocalizedText.Empty, false,
            new SourceRef("r" + year, null), LocalizedText.Empty);

        public static Plan Plan(IReadOnlyList<Edition> editions, IReadOnlyList<ProjectEntry> entries, IReadOnlyList<Source> sources)
        {
            var labels = new HierarchyLabels(LocalizedText.Both("P"), LocalizedText.Both("Ps"), LocalizedText.Both("M"), LocalizedText.Both("Ms"));
            var scale = new RatingScale(LocalizedText.Both("Rating"),
                [new RatingLevel("4", LocalizedText.Both("good"), null, "#000000", 0), new RatingLevel("3", LocalizedText.Both("fair"), null, "#333333", 1)], LocalizedText.Empty);
            var config = new PlanConfig("tiny", LocalizedText.Both("Tiny"), LocalizedText.Both("Tiny"), LocalizedText.Both("City"), 2020, 2021,
                LocalizedText.Empty, LocalizedText.Empty, null, labels, scale, [], editions, YearDisplay.Western, "plan.yaml");
            var projects = entries.Select(e => e.ProjectId).Distinct().Select(id => new Project(id, LocalizedText.Empty)).ToList();
            return new Plan(config, sources, [], [], [], [], [], [], projects, entries, [], [], [], [], [], [], [], [], [], [], [], "");
        }
    }
}
