namespace Kyodo.Model;

public sealed record Indicator(
    string Id,
    string Level,
    string? MeasureId,
    int Seq,
    LocalizedText Name,
    LocalizedText Description,
    LocalizedText Unit,
    int Decimals,
    string Direction,
    string Kind,
    bool Cumulative,
    int BaselineYear,
    string? DepartmentId,
    SourceRef Source,
    LocalizedText Note)
{
    public bool HigherIsBetter => Direction == "increase";
    public bool IsMonitoring => Kind == "monitoring";
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

public sealed record IndicatorAssessment(string IndicatorId, int Year, string Mark, string? Printed, LocalizedText Comment, SourceRef Source);

public sealed record SeriesBreak(string IndicatorId, int Year, LocalizedText Description, SourceRef Source);

public sealed record Commentary(int Year, string Scope, string? MeasureId, string Author, int Seq, LocalizedText Text, SourceRef Source);

public sealed record Summary(int Year, string Table, string? MeasureId, string Key, decimal Value, string? Printed, SourceRef Source, LocalizedText Note);
