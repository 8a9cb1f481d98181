using Kyodo.Diagnostics;
using Kyodo.Loading;
using Kyodo.Model;
using Kyodo.Processing;
using Kyodo.Tests.Testing;

namespace Kyodo.Tests.Processing;

/// <summary>What became of ended projects of the shipped Koriyama data (lineage.csv and the 2025 【完了等】 list).</summary>
public sealed class ProjectEndingTests
{
    private static readonly Lazy<PlanIndex> Koriyama = new(() =>
    {
        var site = SiteLoader.Load(Repo.Paths, new DiagnosticBag()) ?? throw new InvalidOperationException("shipped data does not load");
        return new PlanIndex(site.Plans.Single(p => p.Id == "koriyama"));
    });

    private static ProjectEnding? EndingOf(string id) => ProjectEnding.Of(Koriyama.Value.Plan, Koriyama.Value.StatusOf(id));

    [Fact]
    public void Of_ProjectInTheLatestPlan_IsNull()
    {
        Assert.Null(EndingOf("p001"));
    }

    [Fact]
    public void Of_MergedProject_NamesTheProjectThatTookItOver()
    {
        var ending = EndingOf("p021");

        Assert.NotNull(ending);
        Assert.Equal(ProjectState.Succeeded, ending.State);
        Assert.Equal(EndingKind.Merged, ending.How);
        Assert.Equal(2020, ending.EndYear);
        Assert.Equal(2018, ending.LastListed);
        var successor = Assert.Single(ending.Successors);
        Assert.Equal(("p022", Confidence.Medium), (successor.ProjectId, successor.Confidence));
    }

    [Fact]
    public void Of_ProjectEndedByADocumentNote_IsCompletedInTheYearOfTheNote()
    {
        var ending = EndingOf("p043");

        Assert.NotNull(ending);
        Assert.Equal(EndingKind.Completed, ending.How);
        Assert.Equal((2018, 2020), (ending.LastListed, ending.EndYear));
        Assert.Empty(ending.Successors);
    }

    [Fact]
    public void Of_ProjectOnTheCompletedList_WasLastListedTheEditionBefore()
    {
        var ending = EndingOf("p026");

        Assert.NotNull(ending);
        Assert.Equal(EndingKind.Completed, ending.How);
        Assert.Equal((2020, 2025), (ending.LastListed, ending.EndYear));
    }

    [Fact]
    public void Of_ProjectThatSimplyStoppedBeingListed_SaysFromWhichEdition()
    {
        var ending = EndingOf("p004");

        Assert.NotNull(ending);
        Assert.Equal(ProjectState.NotListed, ending.State);
        Assert.Equal(EndingKind.NotListed, ending.How);
        Assert.Equal((2018, 2020), (ending.LastListed, ending.EndYear));
    }
}
