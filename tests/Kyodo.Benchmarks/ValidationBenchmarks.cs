using BenchmarkDotNet.Attributes;
using Kyodo.Diagnostics;
using Kyodo.Loading;
using Kyodo.Model;
using Kyodo.Schema.Mapping;
using Kyodo.Validation;

namespace Kyodo.Benchmarks;

/// <summary>The cross-table checks of the validate phase on the real plan (rows already read).</summary>
[MemoryDiagnoser]
public class ValidationBenchmarks
{
    private Plan _plan = default!;
    private TableSet _tables = default!;

    [GlobalSetup]
    public void Setup()
    {
        var diagnostics = new DiagnosticBag();
        var files = new DataFiles(Fixture.PlanDirectory, Fixture.Root, diagnostics);
        _tables = PlanLoader.ReadTables(files);
        _plan = Fixture.LoadSite().PrimaryPlan;
    }

    [Benchmark(Description = "Validate the plan (keys, references, lineage, indicators)")]
    public int Validate()
    {
        var diagnostics = new DiagnosticBag();
        PlanValidator.Validate(_plan, _tables, diagnostics);
        return diagnostics.Count;
    }
}
