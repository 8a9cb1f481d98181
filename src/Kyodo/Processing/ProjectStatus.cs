using Kyodo.Model;

namespace Kyodo.Processing;

/// <summary>Where a project stands in the latest edition of its plan.</summary>
public enum ProjectState
{
    /// <summary>Listed in the latest edition.</summary>
    Active,
    /// <summary>Listed in a closing category (plan.yaml: closing: true) or recorded as completed in the lineage.</summary>
    Completed,
    /// <summary>Merged into, or renamed as, another project ID.</summary>
    Succeeded,
    /// <summary>No longer listed, and the documents do not say why.</summary>
    NotListed,
}

/// <summary>A project's story across editions, derived from its entries and lineage events.</summary>
public sealed record ProjectStatus(
    Project Project,
    ProjectEntry? Latest,
    IReadOnlyList<ProjectEntry> Entries,
    ProjectState State,
    int FirstYear,
    int LastYear,
    IReadOnlyList<LineageEvent> Lineage,
    IReadOnlyList<string> SuccessorIds)
{
    public LocalizedText Name => Latest?.Name ?? LocalizedText.Both(Project.Id);

    public static ProjectStatus Of(Plan plan, Project project)
    {
        var entries = plan.EntriesOf(project.Id);
        var primary = entries.Where(e => !e.IsRelisting).ToList();
        var latest = primary.Where(e => !plan.Config.IsClosing(e.Category)).OrderByDescending(e => e.Year).FirstOrDefault()
                     ?? primary.OrderByDescending(e => e.Year).FirstOrDefault();
        var lineage = plan.LineageByProject.TryGetValue(project.Id, out var l) ? l : [];
        var successors = lineage.Where(e => e.FromId == project.Id && e.ToId is not null && e.ToId != project.Id && e.Event is "merged" or "renamed" or "split")
            .Select(e => e.ToId!).Distinct().ToList();
        var latestEdition = plan.Config.Editions.Count > 0 ? plan.Config.Editions[^1].Year : 0;
        var years = primary.Select(e => e.Year).ToList();
        var state = ProjectState.NotListed;
        if (primary.Any(e => plan.Config.IsClosing(e.Category)) || lineage.Any(e => e.Event == "completed" && e.FromId == project.Id))
        {
            state = ProjectState.Completed;
        }
        else if (successors.Count > 0)
        {
            state = ProjectState.Succeeded;
        }
        else if (years.Contains(latestEdition))
        {
            state = ProjectState.Active;
        }
        return new ProjectStatus(project, latest, entries, state,
            years.Count > 0 ? years.Min() : 0, years.Count > 0 ? years.Max() : 0, lineage, successors);
    }
}
