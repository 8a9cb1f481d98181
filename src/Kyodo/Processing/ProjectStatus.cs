using Kyodo.Model;

namespace Kyodo.Processing;

/// <summary>Derives where each project stands from its entries and lineage events.</summary>
public static class ProjectStatuses
{
    public static ProjectStatus Of(Plan plan, Project project)
    {
        var entries = plan.EntriesOf(project.Id);
        var primary = entries.Where(e => !e.IsRelisting).ToList();
        var latest = primary.Where(e => !plan.Config.IsClosing(e.Category)).OrderByDescending(e => e.Year).FirstOrDefault()
                     ?? primary.OrderByDescending(e => e.Year).FirstOrDefault();
        var lineage = plan.LineageByProject.TryGetValue(project.Id, out var l) ? l : [];
        var successors = lineage.Where(e => e.FromId == project.Id && e.ToId is not null && e.ToId != project.Id && e.HandsOn)
            .Select(e => e.ToId!).Distinct().ToList();
        var latestEdition = plan.Config.Editions.Count > 0 ? plan.Config.Editions[^1].Year : 0;
        var years = primary.Select(e => e.Year).ToList();
        var state = ProjectState.NotListed;
        if (primary.Any(e => plan.Config.IsClosing(e.Category)) || lineage.Any(e => e.Event == LineageKind.Completed && e.FromId == project.Id))
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
