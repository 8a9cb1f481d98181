using Kyodo.Model;
using Kyodo.Routing;

namespace Kyodo.Charts;

/// <summary>
/// Where a chart's files are published, beside its page: the drawing (SVG and PNG) and the Plotly figure per language
/// (their texts differ), the data once for both languages.
/// </summary>
public static class ChartFiles
{
    public const string SvgName = "chart.svg";
    public const string PngName = "chart.png";
    public const string FigureName = "figure.json";
    public const string CsvName = "data.csv";
    public const string JsonName = "data.json";

    /// <summary>The plotly.js bundle as served by the site, copied from node_modules at build time.</summary>
    public const string Bundle = "assets/vendor/plotly-basic.min.js";

    /// <summary>The site's own script that swaps a drawing for the interactive chart.</summary>
    public const string Script = "assets/charts.js";

    public static string Svg(ChartSpec spec, Language language) => UrlBuilder.SitePath(language, spec.Folder + SvgName);

    /// <summary>The drawing as PNG (drawn from the SVG), for slides and documents that take no SVG.</summary>
    public static string Png(ChartSpec spec, Language language) => UrlBuilder.SitePath(language, spec.Folder + PngName);

    public static string Figure(ChartSpec spec, Language language) => UrlBuilder.SitePath(language, spec.Folder + FigureName);

    public static string Csv(ChartSpec spec) => spec.Folder + CsvName;

    public static string Json(ChartSpec spec) => spec.Folder + JsonName;
}
