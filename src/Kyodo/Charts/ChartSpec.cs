using Kyodo.Model;

namespace Kyodo.Charts;

/// <summary>
/// One chart, described from the model and independent of how it is drawn. The static SVG, the data table,
/// the Plotly figure and the downloads are all made from the same specification, so they show the same numbers.
/// </summary>
public abstract record ChartSpec
{
    /// <summary>Where the chart's files are published, as a page path without language prefix ("indicators/x/").</summary>
    public required string Folder { get; init; }

    /// <summary>Unique on a page; used for element ids ("indicator-community-attachment").</summary>
    public required string Key { get; init; }

    public required LocalizedText Title { get; init; }

    /// <summary>A short reading of the chart in words (what it shows, latest value, target), for the caption.</summary>
    public required LocalizedText Summary { get; init; }

    /// <summary>What a reader must know to read the chart right: breaks, gaps, rounding, cumulative values.</summary>
    public IReadOnlyList<LocalizedText> Notes { get; init; } = [];
}
