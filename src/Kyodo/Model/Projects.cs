namespace Kyodo.Model;

public sealed record Project(string Id, LocalizedText Note);

/// <summary>How the SDG record of an entry stands; "lost" means icons lost in the text extraction.</summary>
public enum SdgStatus
{
    Recorded,
    None,
    Lost,
    NotInDocument,
}

/// <summary>A project as listed in one edition (or, for a re-listing, listed again under another measure).</summary>
public sealed record ProjectEntry(
    string ProjectId,
    int Year,
    string? No,
    int Seq,
    string MeasureId,
    string? Category,
    LocalizedText Name,
    string DepartmentId,
    LocalizedText Plan,
    LocalizedText Result,
    string? Rating,
    IReadOnlyList<int> SdgGoals,
    IReadOnlyList<string> SdgTargets,
    SdgStatus SdgStatus,
    IReadOnlyList<string> Partners,
    LocalizedText Effect,
    bool IsRelisting,
    SourceRef Source,
    LocalizedText Note);

/// <summary>What a lineage event is about.</summary>
public enum LineageSubject
{
    Project,
    Department,
}

/// <summary>The kinds of change a lineage event records.</summary>
public enum LineageKind
{
    Renamed,
    Merged,
    Split,
    Moved,
    Completed,
    DepartmentChanged,
    AppearsOnce,
}

/// <summary>What a lineage event rests on.</summary>
public enum EvidenceKind
{
    DocumentNote,
    SamePlanText,
    SimilarPlanText,
    SameName,
    NameSimilarity,
    Listed,
}

/// <summary>How sure the transcriber is of a lineage event (unknown: could not tell).</summary>
public enum Confidence
{
    High,
    Medium,
    Low,
    Unknown,
}

/// <summary>Which text of an entry an activity figure was printed in.</summary>
public enum MetricField
{
    Result,
    Plan,
}

/// <summary>Whether an activity figure is what was done or what was planned.</summary>
public enum MetricKind
{
    Actual,
    Target,
}

public sealed record LineageEvent(
    string Id,
    LineageSubject Subject,
    LineageKind Event,
    string FromId,
    string? ToId,
    int Year,
    EvidenceKind EvidenceKind,
    LocalizedText Evidence,
    Confidence Confidence,
    SourceRef Source)
{
    /// <summary>Events that hand a project on to a successor it continues in.</summary>
    public bool HandsOn => Event is LineageKind.Merged or LineageKind.Renamed or LineageKind.Split;
}

public sealed record Metric(
    string ProjectId,
    int Year,
    int Seq,
    MetricField Field,
    MetricKind Kind,
    LocalizedText Name,
    decimal Value,
    LocalizedText Unit,
    int Period,
    decimal? PrevValue,
    int? PrevPeriod,
    bool Cumulative,
    string TextJa,
    SourceRef Source);

/// <summary>
/// One of the three values of a project's target indicator (baseline, target, current): its fiscal year,
/// the number for a numeric indicator or the state in words for a qualitative one, and the cell as printed.
/// </summary>
public sealed record TargetPoint(int? Year, decimal? Value, LocalizedText Text, string? Printed)
{
    public bool IsEmpty => Value is null && Text.IsEmpty && Printed is null;
}

/// <summary>
/// A target indicator of a project in one edition (目標指標: 基準値 → 目標値, 現状値), numeric ("補助金活用自治会 95%")
/// or qualitative ("情報の集約・提供 充実"). A missing current value has its reason in <see cref="CurrentStatus"/>.
/// </summary>
public sealed record ProjectTarget(
    string ProjectId,
    int Year,
    int Seq,
    LocalizedText Name,
    bool Qualitative,
    LocalizedText Unit,
    TargetPoint Baseline,
    TargetPoint Target,
    TargetPoint Current,
    ValueStatus CurrentStatus,
    SourceRef Source,
    LocalizedText Note)
{
    /// <summary>
    /// The share of the way from the baseline to the target that the current value covers (1 = reached);
    /// null for qualitative indicators and wherever a number is missing or baseline equals target.
    /// </summary>
    public double? Share =>
        !Qualitative && Baseline.Value is { } b && Target.Value is { } t && Current.Value is { } c && t != b
            ? (double)((c - b) / (t - b))
            : null;
}
