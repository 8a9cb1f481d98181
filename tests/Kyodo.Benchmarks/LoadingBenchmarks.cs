using BenchmarkDotNet.Attributes;
using Kyodo.Diagnostics;
using Kyodo.Loading;
using Kyodo.Loading.Csv;
using Kyodo.Loading.Rows;
using Kyodo.Schema.Maps;

namespace Kyodo.Benchmarks;

/// <summary>The input phase: parsing the largest CSV file, checking its cells, and loading the whole site.</summary>
[MemoryDiagnoser]
public class LoadingBenchmarks
{
    private string _text = "";
    private CsvTable _table = default!;

    [GlobalSetup]
    public void Setup()
    {
        _text = File.ReadAllText(Path.Combine(Fixture.PlanDirectory, "project_years.csv"));
        _table = CsvTableReader.Read(_text, "project_years.csv", new DiagnosticBag())!;
    }

    [Benchmark(Description = "CSV parse: project_years.csv")]
    public CsvTable? ParseCsv() => CsvTableReader.Read(_text, "project_years.csv", new DiagnosticBag());

    [Benchmark(Description = "Table read (cell rules): project_years.csv")]
    public int ReadTable() => TableReader.Read(_table, TableMaps.ProjectYears, new DiagnosticBag()).Rows.Count;

    [Benchmark(Description = "Load the whole site (read, parse, check, validate)")]
    public object? LoadSite() => SiteLoader.Load(Fixture.Paths, new DiagnosticBag());
}
