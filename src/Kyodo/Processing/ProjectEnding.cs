using Kyodo.Model;

namespace Kyodo.Processing;

/// <summary>A project that took over the work of an ended one, by which lineage event and how surely.</summary>
public sealed record Successor(string ProjectId, LineageKind Event, int Year, Confidence Confidence);

/// <summary>
/// What became of a project that is not in the latest edition: how it ended (completed, merged, renamed into
/// another project, split, or simply no longer listed), from which edition, and which projects carry the work on.
/// </summary>
public sealed record ProjectEnding(ProjectState State, EndingKind How, int LastListed, int? EndYear, IReadOnlyList<Successor> Successors)
{
    /// <summary>Null for a project listed in the latest edition.</summary>
    public static ProjectEnding? Of(Plan plan, ProjectStatus status)
    {
        if (status.State == ProjectState.Active) return null;
        var id = status.Project.Id;
        var own = status.Lineage.Where(e => e.Subject == LineageSubject.Project && e.FromId == id).OrderBy(e => e.Year).ThenBy(e => e.Id, StringComparer.Ordinal).ToList();
        var successors = own.Where(e => e.HandsOn && e.ToId is not null && e.ToId != id && plan.ProjectById.ContainsKey(e.ToId))
            .Select(e => new Successor(e.ToId!, e.Event, e.Year, e.Confidence))
            .DistinctBy(s => s.ProjectId).ToList();

        var primary = status.Entries.Where(e => !e.IsRelisting).ToList();
        var listed = primary.Where(e => !plan.Config.IsClosing(e.Category)).Select(e => e.Year).ToList();
        var lastListed = listed.Count > 0 ? listed.Max() : status.LastYear;

        switch (status.State)
        {
            case ProjectState.Completed:
            {
                var years = own.Where(e => e.Event == LineageKind.Completed).Select(e => e.Year)
                    .Concat(primary.Where(e => plan.Config.IsClosing(e.Category)).Select(e => e.Year)).ToList();
                return new ProjectEnding(status.State, EndingKind.Completed, lastListed, years.Count > 0 ? years.Min() : null, successors);
            }
            case ProjectState.Succeeded:
                return new ProjectEnding(status.State, successors.Count > 0 ? Kind(successors[0].Event) : EndingKind.Merged, lastListed,
                    successors.Count > 0 ? successors.Min(s => s.Year) : null, successors);
            default:
            {
                var next = plan.Config.Editions.FirstOrDefault(e => e.Year > lastListed)?.Year;
                return new ProjectEnding(status.State, EndingKind.NotListed, lastListed, next, successors);
            }
        }
    }

    private static EndingKind Kind(LineageKind handOn) => handOn switch
    {
        LineageKind.Renamed => EndingKind.Renamed,
        LineageKind.Split => EndingKind.Split,
        _ => EndingKind.Merged,
    };
}
