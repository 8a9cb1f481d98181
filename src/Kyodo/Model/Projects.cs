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
    LocalizedText Note,
    string File,
    int Line);

public sealed record LineageEvent(
    string Id,
    string Subject,
    string Event,
    string FromId,
    string? ToId,
    int Year,
    string EvidenceKind,
    LocalizedText Evidence,
    string Confidence,
    SourceRef Source);

public sealed record Metric(
    string ProjectId,
    int Year,
    int Seq,
    string Field,
    string Kind,
    LocalizedText Name,
    decimal Value,
    LocalizedText Unit,
    int Period,
    decimal? PrevValue,
    int? PrevPeriod,
    bool Cumulative,
    string TextJa,
    SourceRef Source);
