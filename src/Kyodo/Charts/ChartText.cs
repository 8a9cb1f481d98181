using Kyodo.Localization;
using Kyodo.Model;

namespace Kyodo.Charts;

/// <summary>
/// The chart in words: every value, gap, target and break, for the SVG's &lt;desc&gt; (what a screen reader
/// reads for the image) and for hover texts. Numbers are those the chart shows.
/// </summary>
public static class ChartText
{
    public static string Describe(ChartSpec spec, Language language) => spec switch
    {
        TrendChart trend => Describe(trend, language),
        BarChart bars => Describe(bars, language),
        _ => spec.Summary.In(language),
    };

    public static string Describe(TrendChart chart, Language language)
    {
        var ja = language == Language.Ja;
        var parts = new List<string> { chart.Summary.In(language) };
        var items = chart.Points.Select(p => $"{Ui.ChartYearOf(p.Year).In(language)} {PointText(chart, p, language)}").ToList();
        parts.Add((ja ? "年度ごとの値：" : "Values by year: ") + string.Join(ja ? "、" : "; ", items) + (ja ? "。" : "."));
        foreach (var t in chart.Targets)
        {
            parts.Add(TargetText(chart, t, language) + (ja ? "。" : "."));
        }
        foreach (var b in chart.Breaks)
        {
            parts.Add(ja ? $"{b.Year}年度から算出方法が変わっています。" : $"The method changed in FY{b.Year}.");
        }
        return string.Join(ja ? "" : " ", parts);
    }

    public static string Describe(BarChart chart, Language language)
    {
        var ja = language == Language.Ja;
        var parts = new List<string> { chart.Summary.In(language) };
        foreach (var panel in chart.Panels)
        {
            var rows = panel.Categories.Select(c => $"{c.Label.In(language)} " + string.Join(ja ? "・" : ", ",
                c.Values.Select(v => (chart.Series.Count > 1 || chart.Layout == BarLayout.Stacked ? chart.SeriesOf(v.Series).Label.In(language) + " " : "")
                    + ChartFormat.WithUnit(ChartFormat.Number(v.Value), panel.Unit, language))));
            var title = panel.Title is null ? "" : panel.Title.In(language) + (ja ? "：" : ": ");
            parts.Add(title + string.Join(ja ? "、" : "; ", rows) + (ja ? "。" : "."));
        }
        return string.Join(ja ? "" : " ", parts);
    }

    /// <summary>A value as the chart shows it ("≈12.3%" when rounded), or the reason there is none.</summary>
    public static string PointText(TrendChart chart, TrendPoint p, Language language)
    {
        if (p.Value is not { } v) return Ui.ChartGapShort(p.State).In(language) + (language == Language.Ja ? "（値なし）" : " (no value)");
        var text = ValueText(chart, v, p.IsRounded, language);
        if (p.IsBaseline) text += language == Language.Ja ? $"（{Ui.Baseline.Ja}）" : $" ({Ui.Baseline.En?.ToLowerInvariant()})";
        if (chart.Breaks.Count > 0 && p.Segment < chart.Breaks.Count) text += language == Language.Ja ? "（変更前の方式）" : " (earlier method)";
        return text;
    }

    public static string ValueText(TrendChart chart, decimal value, bool rounded, Language language) =>
        (rounded ? "≈" : "") + ChartFormat.WithUnit(ChartFormat.Number(value, chart.Decimals), chart.Unit, language);

    public static string TargetText(TrendChart chart, TargetMark t, Language language)
    {
        var value = ValueText(chart, t.Value, t.IsRounded, language);
        var year = Ui.ChartYearOf(t.Year).In(language);
        if (t.IsCurrent) return language == Language.Ja ? $"目標 {value}（{year}）" : $"Target {value} ({year})";
        return language == Language.Ja
            ? $"改定前の目標 {value}（{year}、{(t.SupersededIn is { } y ? y + "年度に改定" : "改定済み")}）"
            : $"Superseded target {value} ({year}; {(t.SupersededIn is { } changed ? "revised in FY" + changed : "revised")})";
    }
}
