using System.Globalization;
using Kyodo.Model;

namespace Kyodo.Processing;

/// <summary>A project whose rating differs between two report editions.</summary>
public sealed record RatingChange(ProjectEntry Before, ProjectEntry After);

/// <summary>
/// What changed in one edition of a plan compared with the edition before it: projects newly listed,
/// completed and no longer listed, ratings published or changed, and the lineage events the edition shows.
/// The basis of the change feed; computed from the data only, so the same data gives the same feed.
/// </summary>
public sealed record EditionChanges(
    Edition Edition,
    Edition? Previous,
    DateTimeOffset Date,
    IReadOnlyList<ProjectEntry> Listed,
    IReadOnlyList<ProjectEntry> NewlyListed,
    IReadOnlyList<ProjectEntry> Completed,
    IReadOnlyList<ProjectEntry> NoLongerListed,
    IReadOnlyDictionary<string, int>? RatingCounts,
    IReadOnlyList<RatingChange> RatingChanges,
    IReadOnlyList<LineageEvent> Lineage)
{
    /// <summary>Lineage events reported as changes; one that appears once shows as "no longer listed" in the next edition instead.</summary>
    private static bool IsReported(LineageKind kind) =>
        kind is LineageKind.Renamed or LineageKind.Merged or LineageKind.Split or LineageKind.Moved or LineageKind.DepartmentChanged;

    /// <summary>The changes of every edition of the plan, oldest first.</summary>
    public static IReadOnlyList<EditionChanges> Of(PlanIndex index)
    {
        var editions = index.Plan.Config.Editions.OrderBy(e => e.Year).ToList();
        return editions.Select((e, i) => Of(index, e, i > 0 ? editions[i - 1] : null)).ToList();
    }

    public static EditionChanges Of(PlanIndex index, Edition edition, Edition? previous)
    {
        var plan = index.Plan;
        var year = edition.Year;
        var primaries = plan.EntriesIn(year).Where(e => !e.IsRelisting).ToList();
        var closing = plan.Config.IsClosing;
        var listed = primaries.Where(e => !closing(e.Category)).ToList();
        var listedIds = listed.Select(e => e.ProjectId).ToHashSet(StringComparer.Ordinal);
        var before = previous is null ? [] : plan.EntriesIn(previous.Year).Where(e => !e.IsRelisting && !closing(e.Category)).ToList();
        var beforeIds = before.Select(e => e.ProjectId).ToHashSet(StringComparer.Ordinal);

        var newly = previous is null ? listed : listed.Where(e => !beforeIds.Contains(e.ProjectId)).ToList();

        var completed = primaries.Where(e => closing(e.Category)).ToList();
        var completedIds = completed.Select(e => e.ProjectId).ToHashSet(StringComparer.Ordinal);
        foreach (var ev in plan.Lineage.Where(l => l.Subject == LineageSubject.Project && l.Event == LineageKind.Completed && l.Year == year).OrderBy(l => l.FromId, StringComparer.Ordinal))
        {
            if (completedIds.Add(ev.FromId) && LastEntryBefore(plan, ev.FromId, year + 1) is { } last) completed.Add(last);
        }

        // Changes of departments first, then of projects.
        var lineage = plan.Lineage.Where(l => l.Year == year && IsReported(l.Event))
            .OrderBy(l => l.Subject == LineageSubject.Department ? 0 : 1).ThenBy(l => l.Id, StringComparer.Ordinal).ToList();
        var explained = lineage.Where(l => l.Subject == LineageSubject.Project).Select(l => l.FromId).ToHashSet(StringComparer.Ordinal);
        var gone = before.Where(e => !listedIds.Contains(e.ProjectId) && !completedIds.Contains(e.ProjectId) && !explained.Contains(e.ProjectId)).ToList();

        IReadOnlyDictionary<string, int>? counts = null;
        var changes = new List<RatingChange>();
        if (edition.IsReport)
        {
            counts = index.RatingCounts(year);
            var lastReport = plan.Config.Editions.Where(e => e.IsReport && e.Year < year).OrderBy(e => e.Year).LastOrDefault();
            if (lastReport is not null)
            {
                var earlier = plan.EntriesIn(lastReport.Year).Where(e => !e.IsRelisting && e.Rating is not null)
                    .GroupBy(e => e.ProjectId).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
                foreach (var now in primaries.Where(e => e.Rating is not null))
                {
                    if (earlier.TryGetValue(now.ProjectId, out var then) && then.Rating != now.Rating) changes.Add(new RatingChange(then, now));
                }
            }
        }

        return new EditionChanges(edition, previous, DateOf(plan, edition), listed, newly, completed, gone, counts, changes, lineage);
    }

    /// <summary>
    /// When an edition appeared, for the feed: the month of publication where sources.csv records it;
    /// otherwise 1 April (the start of the Japanese fiscal year) of the plan's year, or of the year after a
    /// report's year (a report describes a finished year). Always Japan time, never the build's clock.
    /// </summary>
    public static DateTimeOffset DateOf(Plan plan, Edition edition)
    {
        var japan = TimeSpan.FromHours(9);
        if (plan.SourceById.TryGetValue(edition.SourceId, out var source) && source.Published is { } published
            && DateTime.TryParseExact(published, "yyyy-MM", CultureInfo.InvariantCulture, DateTimeStyles.None, out var month))
        {
            return new DateTimeOffset(month.Year, month.Month, 1, 0, 0, 0, japan);
        }
        return new DateTimeOffset(edition.IsReport ? edition.Year + 1 : edition.Year, 4, 1, 0, 0, 0, japan);
    }

    private static ProjectEntry? LastEntryBefore(Plan plan, string projectId, int year) =>
        plan.EntriesOf(projectId).Where(e => !e.IsRelisting && e.Year < year).OrderBy(e => e.Year).LastOrDefault();
}
