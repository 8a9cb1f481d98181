namespace Kyodo.Model;

/// <summary>Plan-wide indicators and indicators of one measure.</summary>
public enum IndicatorLevel
{
    Overall,
    Basic,
}

/// <summary>Which way an indicator is better.</summary>
public enum Direction
{
    Increase,
    Decrease,
}

/// <summary>An indicator with a target, or one the plan only watches.</summary>
public enum IndicatorKind
{
    Target,
    Monitoring,
}

/// <summary>The city's progress mark for an indicator (↗ → ↘), or that it could not say.</summary>
public enum ProgressMark
{
    Approaching,
    Flat,
    Receding,
    NotEvaluable,
}

/// <summary>What a commentary speaks of: the whole plan or one measure.</summary>
public enum CommentaryScope
{
    Plan,
    Measure,
}

/// <summary>Who wrote a commentary: the city's own evaluation or the council's opinion.</summary>
public enum Author
{
    City,
    Council,
}

/// <summary>The summary tables the city's documents print.</summary>
public enum SummaryTable
{
    IndicatorProgress,
    Achievement,
    SdgGoals,
    ProjectCounts,
    CategoryCounts,
    ExpandedList,
    EvaluationCounts,
}

public sealed record Indicator(
    string Id,
    IndicatorLevel Level,
    string? MeasureId,
    int Seq,
    LocalizedText Name,
    LocalizedText Description,
    LocalizedText Unit,
    int Decimals,
    Direction Direction,
    IndicatorKind Kind,
    bool Cumulative,
    int BaselineYear,
    string? DepartmentId,
    SourceRef Source,
    LocalizedText Note)
{
    public bool HigherIsBetter => Direction == Direction.Increase;
    public bool IsMonitoring => Kind == IndicatorKind.Monitoring;
}

/// <summary>Why a value is there or not: missing is never zero.</summary>
public enum ValueStatus
{
    Reported,
    NotSurveyed,
    NotEvaluable,
    Discontinued,
}

public sealed record IndicatorValue(string IndicatorId, int Year, decimal? Value, ValueStatus Status, string? Printed, SourceRef Source, LocalizedText Note);

public sealed record IndicatorTarget(string IndicatorId, int TargetYear, decimal Value, bool IsCurrent, int SetIn, SourceRef Source, LocalizedText Note);

public sealed record IndicatorAssessment(string IndicatorId, int Year, ProgressMark Mark, string? Printed, LocalizedText Comment, SourceRef Source);

public sealed record SeriesBreak(string IndicatorId, int Year, LocalizedText Description, SourceRef Source);

public sealed record Commentary(int Year, CommentaryScope Scope, string? MeasureId, Author Author, int Seq, LocalizedText Text, SourceRef Source);

public sealed record Summary(int Year, SummaryTable Table, string? MeasureId, string Key, decimal Value, string? Printed, SourceRef Source, LocalizedText Note);
