using System.Collections.Frozen;
using Kyodo.Model;

namespace Kyodo.Processing;

/// <summary>What pages of a plan need, computed once per build from the immutable model.</summary>
public sealed class PlanIndex
{
    public PlanIndex(Plan plan)
    {
        Plan = plan;
        Statuses = plan.Projects.Select(p => ProjectStatus.Of(plan, p)).ToFrozenDictionary(s => s.Project.Id);
        LatestEdition = plan.Config.Editions.Count > 0 ? plan.Config.Editions[^1] : null;
        LatestReport = plan.Config.Editions.LastOrDefault(e => e.IsReport);
        EntriesByMeasureYear = plan.Entries.GroupBy(e => (e.MeasureId, e.Year))
            .ToFrozenDictionary(g => g.Key, g => (IReadOnlyList<ProjectEntry>)g.ToList());
    }

    public Plan Plan { get; }
    public FrozenDictionary<string, ProjectStatus> Statuses { get; }
    public Edition? LatestEdition { get; }
    public Edition? LatestReport { get; }
    public FrozenDictionary<(string MeasureId, int Year), IReadOnlyList<ProjectEntry>> EntriesByMeasureYear { get; }

    public ProjectStatus StatusOf(string projectId) => Statuses[projectId];

    /// <summary>Entries listed under a measure in a year, re-listings included, in document order.</summary>
    public IReadOnlyList<ProjectEntry> EntriesUnder(string measureId, int year) =>
        EntriesByMeasureYear.TryGetValue((measureId, year), out var list) ? list : [];

    /// <summary>Rated entries of a report year, counted by rating code, per measure (null = whole plan).</summary>
    public IReadOnlyDictionary<string, int> RatingCounts(int year, string? measureId = null, bool includeRelistings = true)
    {
        var counts = Plan.Config.Rating.Levels.ToDictionary(l => l.Code, _ => 0);
        foreach (var e in Plan.EntriesIn(year))
        {
            if (e.Rating is null || (!includeRelistings && e.IsRelisting)) continue;
            if (measureId is not null && e.MeasureId != measureId) continue;
            if (counts.TryGetValue(e.Rating, out var n)) counts[e.Rating] = n + 1;
        }
        return counts;
    }

    /// <summary>Display name of a project for links: its latest primary name.</summary>
    public LocalizedText NameOf(string projectId) =>
        Statuses.TryGetValue(projectId, out var s) ? s.Name : LocalizedText.Both(projectId);
}
