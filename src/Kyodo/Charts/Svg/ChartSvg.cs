using Kyodo.Model;

namespace Kyodo.Charts.Svg;

/// <summary>The static drawing of a chart, made at build time: it needs no JavaScript and prints.</summary>
public static class ChartSvg
{
    /// <summary>The SVG element for a page (ids prefixed with <paramref name="id"/> so several charts can share a page).</summary>
    public static string Render(ChartSpec spec, Language language, SvgSize size, string? id = null)
    {
        var prefix = (id ?? spec.Key) + "-" + size.Name;
        return spec switch
        {
            TrendChart trend => TrendSvg.Render(trend, language, size, prefix),
            BarChart bars => BarSvg.Render(bars, language, size, prefix),
            _ => throw new NotSupportedException(spec.GetType().Name),
        };
    }

    /// <summary>A drawing as a stand-alone file, for the download (the wide drawing, already rendered for the page).</summary>
    public static string File(string drawing) => "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + drawing;
}
