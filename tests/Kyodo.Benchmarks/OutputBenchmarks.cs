using BenchmarkDotNet.Attributes;
using Kyodo.Engine;
using Kyodo.Pipelines;

namespace Kyodo.Benchmarks;

/// <summary>Writing the real site's rendered files (held in memory) to a staging folder, and diffing two builds.</summary>
[MemoryDiagnoser]
public class OutputBenchmarks
{
    private OutputSet _output = default!;
    private string _folder = "";

    [GlobalSetup]
    public void Setup()
    {
        _folder = Path.Combine(Path.GetTempPath(), "kyodo-bench-output-" + Environment.ProcessId);
        var result = SiteBuilder.Build(Fixture.Paths, new BuildOptions { OutputDirectory = _folder, RunNodeTools = false });
        if (!result.Success) throw new InvalidOperationException("The shipped data did not build.");
        _output = new OutputSet();
        foreach (var file in Directory.GetFiles(_folder, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            _output.Add(Path.GetRelativePath(_folder, file).Replace('\\', '/'), File.ReadAllBytes(file));
        }
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        AtomicOutput.Discard(_folder);
        if (Directory.Exists(_folder)) Directory.Delete(_folder, recursive: true);
    }

    [Benchmark(Description = "Write the real site to a staging folder (every file; includes deleting the last one)")]
    public string WriteStaging() => AtomicOutput.WriteStaging(_folder, _output);
}
