using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

// In-process: the benchmarks need the repository's data and theme, and no separate build of a generated project.
// --quick runs BenchmarkDotNet's short job (3 iterations) for a first look; without it, the default job.
var quick = args.Contains("--quick");
var job = (quick ? Job.ShortRun : Job.Default).WithToolchain(InProcessEmitToolchain.Instance);
var config = DefaultConfig.Instance.AddJob(job).WithOptions(ConfigOptions.DisableOptimizationsValidator);
BenchmarkSwitcher.FromAssembly(typeof(Kyodo.Benchmarks.Fixture).Assembly).Run(args.Where(a => a != "--quick").ToArray(), config);
