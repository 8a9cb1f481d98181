using BenchmarkDotNet.Attributes;
using Kyodo.Charts;
using Kyodo.Charts.Data;
using Kyodo.Charts.Figures;
using Kyodo.Charts.Svg;
using Kyodo.Model;
using Kyodo.Processing;

namespace Kyodo.Benchmarks;

/// <summary>
/// The charts phase on the real data: every chart's specification, its interactive figure (figure.json) in both
/// languages, its drawing, and its data downloads — the work the Charts pipeline does for each chart.
/// </summary>
[MemoryDiagnoser]
public class ChartBenchmarks
{
    private Site _site = default!;
    private List<(Plan Plan, PlanIndex Index, string Prefix)> _plans = default!;
    private List<ChartSpec> _charts = default!;

    [GlobalSetup]
    public void Setup()
    {
        _site = Fixture.LoadSite();
        _plans = _site.Plans.Select(p => (p, new PlanIndex(p), _site.PrefixOf(p))).ToList();
        _charts = _plans.SelectMany(p => new ChartSet(p.Plan, p.Index, p.Prefix).All).ToList();
    }

    [Benchmark(Description = "Chart specifications of every plan (ChartSet)")]
    public int Specifications() => _plans.Sum(p => new ChartSet(p.Plan, p.Index, p.Prefix).All.Count());

    [Benchmark(Description = "Every figure.json (Plotly figure, ja and en)")]
    public long Figures()
    {
        long length = 0;
        foreach (var chart in _charts)
        {
            foreach (var language in LanguageExtensions.All) length += PlotlyFigures.Json(chart, language).Length;
        }
        return length;
    }

    [Benchmark(Description = "Every chart.svg (wide drawing, ja and en)")]
    public long Drawings()
    {
        long length = 0;
        foreach (var chart in _charts)
        {
            foreach (var language in LanguageExtensions.All) length += ChartSvg.Render(chart, language, SvgSize.Wide).Length;
        }
        return length;
    }

    [Benchmark(Description = "Every data.csv and data.json")]
    public long Downloads() => _charts.Sum(c => (long)ChartData.Csv(c).Length + ChartData.Json(c).Length);
}
