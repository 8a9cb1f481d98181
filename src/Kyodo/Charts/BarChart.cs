using Kyodo.Model;

namespace Kyodo.Charts;

/// <summary>How the series of a bar chart share a category.</summary>
public enum BarLayout
{
    /// <summary>Side by side (one bar per series).</summary>
    Grouped,

    /// <summary>One bar per category, divided into the series (counts that add up).</summary>
    Stacked,
}

/// <summary>A fill that stays distinguishable without colour: a colour and, for some series, a hatching.</summary>
public enum BarPattern
{
    Solid,
    Hatched,
    Dotted,

    /// <summary>White with a coloured outline and hatching: a planned or target value, not an actual.</summary>
    Outline,
}

/// <summary>A series of a bar chart (a rating level, a year, actual or target) with its fill.</summary>
public sealed record BarSeries(string Key, LocalizedText Label, string Colour, BarPattern Pattern, string? Symbol = null);

/// <summary>One value of a category: which series it belongs to and its number (never a stand-in for missing).</summary>
public sealed record BarValue(string Series, decimal Value);

/// <summary>A row of bars: a measure, an SDG goal, a year of an activity figure.</summary>
public sealed record BarCategory(string Key, LocalizedText Label, IReadOnlyList<BarValue> Values, LocalizedText Note)
{
    /// <summary>A longer name for the table and descriptions (the measure's name beside "基本施策1").</summary>
    public LocalizedText? Detail { get; init; }

    /// <summary>The page about the category, as a path inside the plan ("measures/1/"), linked from the table.</summary>
    public string? Href { get; init; }

    public decimal Total => Values.Sum(v => v.Value);

    public decimal? ValueOf(string series) => Values.FirstOrDefault(v => v.Series == series)?.Value;
}

/// <summary>
/// A group of categories sharing one value scale and unit. A chart of counts has one panel; a project's
/// activity figures have one panel per figure, since their units differ (small multiples, never one axis).
/// </summary>
public sealed record BarPanel(string Key, LocalizedText? Title, LocalizedText Unit, IReadOnlyList<BarCategory> Categories);

/// <summary>Horizontal bars in one or more panels.</summary>
public sealed record BarChart : ChartSpec
{
    public required BarLayout Layout { get; init; }

    public required IReadOnlyList<BarSeries> Series { get; init; }

    public required IReadOnlyList<BarPanel> Panels { get; init; }

    /// <summary>Label of the category column in the data table ("基本施策", "年度").</summary>
    public required LocalizedText CategoryLabel { get; init; }

    /// <summary>Label of the panel column in the data table when there are several panels.</summary>
    public LocalizedText? PanelLabel { get; init; }

    public BarSeries SeriesOf(string key) => Series.First(s => s.Key == key);
}
