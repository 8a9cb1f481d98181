namespace Kyodo.Model;

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

/// <summary>A project's story across editions, derived from its entries and lineage events (Processing computes it).</summary>
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
}

/// <summary>How a published summary compares with the same figure computed from the rows.</summary>
public enum ReconciliationOutcome
{
    Match,
    Mismatch,
    NotComputable,
}

/// <summary>One cell of a summary the city published, beside the same figure computed from the rows.</summary>
public sealed record ReconciliationRow(
    int Year,
    SummaryTable Table,
    string? MeasureId,
    string Key,
    decimal Published,
    string? Printed,
    decimal? Computed,
    ReconciliationOutcome Outcome,
    LocalizedText Explanation)
{
    public bool Matches => Outcome == ReconciliationOutcome.Match;
}

/// <summary>How a project that is no longer listed ended.</summary>
public enum EndingKind
{
    Completed,
    Merged,
    Renamed,
    Split,
    NotListed,
}

/// <summary>Why a year of a series has a value or not. Missing is never zero.</summary>
public enum PointState
{
    Reported,
    NotSurveyed,
    NotEvaluable,
    Discontinued,

    /// <summary>No row at all for a year inside the series: the documents print no figure for it.</summary>
    NotPublished,
}
