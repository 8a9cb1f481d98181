using BenchmarkDotNet.Attributes;
using Kyodo.Diagnostics;
using Kyodo.Loading;
using Kyodo.Loading.Rows;
using Kyodo.Model;
using Kyodo.Schema;
using Kyodo.Validation;

namespace Kyodo.Benchmarks;

/// <summary>The cross-table checks of the validate phase on the real plan (rows already read).</summary>
[MemoryDiagnoser]
public class ValidationBenchmarks
{
    private Plan _plan = default!;
    private Dictionary<string, IReadOnlyList<Row>> _rows = default!;

    [GlobalSetup]
    public void Setup()
    {
        var diagnostics = new DiagnosticBag();
        var files = new DataFiles(Fixture.PlanDirectory, Fixture.Root, diagnostics);
        _rows = Tables.All.ToDictionary(t => t.Name, t => files.Read(t) ?? []);
        _plan = Fixture.LoadSite().PrimaryPlan;
    }

    [Benchmark(Description = "Validate the plan (keys, references, lineage, indicators)")]
    public int Validate()
    {
        var diagnostics = new DiagnosticBag();
        PlanValidator.Validate(_plan, _rows, new HashSet<string>(), diagnostics);
        return diagnostics.Count;
    }
}
