using Kyodo.Model;

namespace Kyodo.Processing;

/// <summary>
/// One edition as its year page lists it: the entries, the projects it lists for the first time, those the
/// previous edition listed and this one does not (whatever became of them), and the completed ones. Unlike
/// <see cref="EditionChanges"/> (the feed's news), nothing is left out because a lineage event explains it: the
/// page shows every project that left the list, with its state beside it.
/// </summary>
public sealed record EditionListing(
    IReadOnlyList<ProjectEntry> Entries,
    IReadOnlyList<ProjectEntry> Listed,
    IReadOnlyList<ProjectEntry> Primaries,
    Edition? Previous,
    IReadOnlyList<ProjectEntry> FirstListed,
    IReadOnlyList<string> Dropped,
    IReadOnlyList<ProjectEntry> Completed)
{
    public static EditionListing Of(Plan plan, Edition edition)
    {
        var config = plan.Config;
        var entries = plan.EntriesIn(edition.Year);
        var listed = entries.Where(e => !config.IsClosing(e.Category)).ToList();
        var primaries = listed.Where(e => !e.IsRelisting).ToList();
        var previous = config.Editions.LastOrDefault(e => e.Year < edition.Year);
        var previousIds = previous is null
            ? new HashSet<string>()
            : plan.EntriesIn(previous.Year).Where(e => !e.IsRelisting && !config.IsClosing(e.Category))
                .Select(e => e.ProjectId).ToHashSet();
        var currentIds = primaries.Select(e => e.ProjectId).ToHashSet();
        var firstListed = primaries.Where(e => previous is not null && !previousIds.Contains(e.ProjectId)).ToList();
        var dropped = previousIds.Where(id => !currentIds.Contains(id)).OrderBy(id => id, StringComparer.Ordinal).ToList();
        var completed = entries.Where(e => config.IsClosing(e.Category)).ToList();
        return new EditionListing(entries, listed, primaries, previous, firstListed, dropped, completed);
    }
}
