using Kyodo.Model;

namespace Kyodo.Charts;

/// <summary>
/// One year of a series: its value, or the reason there is none. <c>Segment</c> is the method period the year
/// belongs to (it grows at every series break); <c>IsRounded</c> is true when the value has more decimals than shown.
/// </summary>
public sealed record TrendPoint(int Year, decimal? Value, PointState State, int Segment, bool IsBaseline, bool IsRounded, LocalizedText Note)
{
    public bool HasValue => Value is not null;
}

/// <summary>A target in its year. A superseded target keeps the year it was replaced in.</summary>
public sealed record TargetMark(int Year, decimal Value, bool IsCurrent, int SetIn, int? SupersededIn, bool IsRounded, LocalizedText Note);

/// <summary>A method change: values from <see cref="Year"/> on are not comparable with the years before.</summary>
public sealed record BreakMark(int Year, LocalizedText Description);

/// <summary>An indicator's yearly values with targets, revisions, breaks and gaps: a line chart over years.</summary>
public sealed record TrendChart : ChartSpec
{
    public required LocalizedText Unit { get; init; }

    /// <summary>Decimals shown on the page; data keep their full precision.</summary>
    public required int Decimals { get; init; }

    public required Direction Direction { get; init; }

    /// <summary>A monitoring indicator has no target: its direction is reported, not judged.</summary>
    public bool IsMonitoring { get; init; }

    public bool IsCumulative { get; init; }

    /// <summary>Every year from the first row to the last, with gaps as points without a value.</summary>
    public required IReadOnlyList<TrendPoint> Points { get; init; }

    public IReadOnlyList<TargetMark> Targets { get; init; } = [];

    public IReadOnlyList<BreakMark> Breaks { get; init; } = [];

    /// <summary>The first and last year of the x axis (the last is the target year when it lies beyond the data).</summary>
    public int FirstYear => Points.Count > 0 ? Points[0].Year : Targets.Select(t => t.Year).DefaultIfEmpty(0).Min();

    public int LastYear => Math.Max(Points.Count > 0 ? Points[^1].Year : 0, Targets.Select(t => t.Year).DefaultIfEmpty(0).Max());

    public IEnumerable<TrendPoint> Reported => Points.Where(p => p.HasValue);

    public IEnumerable<TrendPoint> Gaps => Points.Where(p => !p.HasValue);

    public bool HasRoundedValues => Points.Any(p => p.IsRounded) || Targets.Any(t => t.IsRounded);
}
