using System.Collections.Frozen;
using Kyodo.Model;

namespace Kyodo.Processing;

/// <summary>What pages of a plan need, computed once per build from the immutable model.</summary>
public sealed class PlanIndex
{
    public PlanIndex(Plan plan)
    {
        Plan = plan;
        Statuses = plan.Projects.Select(p => ProjectStatuses.Of(plan, p)).ToFrozenDictionary(s => s.Project.Id);
        LatestEdition = plan.Config.Editions.Count > 0 ? plan.Config.Editions[^1] : null;
        LatestReport = plan.Config.Editions.LastOrDefault(e => e.IsReport);
        EntriesByMeasureYear = plan.Entries.GroupBy(e => (e.MeasureId, e.Year))
            .ToFrozenDictionary(g => g.Key, g => (IReadOnlyList<ProjectEntry>)g.ToList());

        // Positions in document order let lists of several departments be merged back into that order.
        var byDepartment = plan.Entries.Select((e, i) => (Entry: e, Position: i)).GroupBy(x => x.Entry.DepartmentId, StringComparer.Ordinal).ToList();
        _departmentPositions = byDepartment.ToFrozenDictionary(g => g.Key, g => g.Select(x => x.Position).ToArray(), StringComparer.Ordinal);
        EntriesByDepartment = byDepartment.ToFrozenDictionary(g => g.Key, g => (IReadOnlyList<ProjectEntry>)g.Select(x => x.Entry).ToList(), StringComparer.Ordinal);
        ProjectCountByDepartment = byDepartment.ToFrozenDictionary(g => g.Key, g => g.Select(x => x.Entry.ProjectId).Distinct(StringComparer.Ordinal).Count(), StringComparer.Ordinal);
        var renamedInto = plan.Departments.Where(d => d.SuccessorId is not null).Select(d => d.SuccessorId!).ToHashSet(StringComparer.Ordinal);
        DepartmentChains = plan.Departments.ToFrozenDictionary(d => d.Id,
            d => renamedInto.Contains(d.Id) ? ChainOf(plan, d.Id) : [d.Id], StringComparer.Ordinal);

        var primaries = plan.Entries.Where(e => !e.IsRelisting).ToList();
        PrimaryEntriesWithGoal = primaries.SelectMany(e => e.SdgGoals.Distinct().Select(g => (Key: (e.Year, Goal: g), Entry: e)))
            .GroupBy(x => x.Key).ToFrozenDictionary(g => g.Key, g => (IReadOnlyList<ProjectEntry>)g.Select(x => x.Entry).ToList());
        LostSdgCountByYear = primaries.Where(e => e.SdgStatus == SdgStatus.Lost).GroupBy(e => e.Year).ToFrozenDictionary(g => g.Key, g => g.Count());
    }

    private readonly FrozenDictionary<string, int[]> _departmentPositions;

    public Plan Plan { get; }
    public FrozenDictionary<string, ProjectStatus> Statuses { get; }
    public Edition? LatestEdition { get; }
    public Edition? LatestReport { get; }
    public FrozenDictionary<(string MeasureId, int Year), IReadOnlyList<ProjectEntry>> EntriesByMeasureYear { get; }

    /// <summary>Entries by responsible department, in document order.</summary>
    public FrozenDictionary<string, IReadOnlyList<ProjectEntry>> EntriesByDepartment { get; }

    /// <summary>How many distinct projects a department was responsible for, in any edition.</summary>
    public FrozenDictionary<string, int> ProjectCountByDepartment { get; }

    /// <summary>Each department with every department renamed into it, directly or through others (itself first).</summary>
    public FrozenDictionary<string, IReadOnlyList<string>> DepartmentChains { get; }

    /// <summary>Primary entries of a year that list an SDG goal, in document order.</summary>
    public FrozenDictionary<(int Year, int Goal), IReadOnlyList<ProjectEntry>> PrimaryEntriesWithGoal { get; }

    /// <summary>Primary entries of a year whose SDG icons were lost in extraction.</summary>
    public FrozenDictionary<int, int> LostSdgCountByYear { get; }

    public ProjectStatus StatusOf(string projectId) => Statuses[projectId];

    public IReadOnlyList<ProjectEntry> EntriesWithGoal(int year, int goal) =>
        PrimaryEntriesWithGoal.TryGetValue((year, goal), out var list) ? list : [];

    public int LostSdgCount(int year) => LostSdgCountByYear.GetValueOrDefault(year);

    /// <summary>Entries of any of <paramref name="departments"/>, in document order.</summary>
    public IReadOnlyList<ProjectEntry> EntriesOfDepartments(IReadOnlyCollection<string> departments)
    {
        if (departments.Count == 1) return EntriesByDepartment.GetValueOrDefault(departments.First()) ?? [];
        return departments.Where(EntriesByDepartment.ContainsKey)
            .SelectMany(d => _departmentPositions[d].Zip(EntriesByDepartment[d]))
            .OrderBy(x => x.First).Select(x => x.Second).ToList();
    }

    /// <summary>
    /// Adds, pass by pass in the order of the departments table, every department whose successor is already in
    /// the chain; the order is part of the page text, so it is kept exactly.
    /// </summary>
    private static IReadOnlyList<string> ChainOf(Plan plan, string id)
    {
        var set = new HashSet<string>(StringComparer.Ordinal) { id };
        var order = new List<string> { id };
        bool grew;
        do
        {
            grew = false;
            foreach (var d in plan.Departments)
            {
                if (d.SuccessorId is not null && set.Contains(d.SuccessorId) && set.Add(d.Id))
                {
                    order.Add(d.Id);
                    grew = true;
                }
            }
        } while (grew);
        return order;
    }

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
