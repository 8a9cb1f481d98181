using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Kyodo.Synthesis;

namespace Kyodo.Cli;

/// <summary><c>kyodo synth</c>: writes a synthetic data folder of a chosen size for benchmarks and scale tests.</summary>
public static class SynthCommand
{
    public static Command Create()
    {
        var outOption = new Option<string>("--out") { Description = "Data folder to write (replaced only if an earlier `kyodo synth` wrote it).", Required = true };
        var size = new Option<int>("--project-years") { Description = "Rows of project_years.csv in all plans together (default: 1000).", DefaultValueFactory = _ => 1000 };
        var years = new Option<int>("--years") { Description = "Editions per plan, from 2018 (default: 8).", DefaultValueFactory = _ => 8 };
        var perPlan = new Option<int>("--projects-per-edition") { Description = "Projects each edition of a plan lists; plans are added to reach the size (default: 100).", DefaultValueFactory = _ => 100 };
        var plans = new Option<int?>("--plans") { Description = "Number of plans (overrides --projects-per-edition; 1 makes one very large plan)." };
        var seed = new Option<ulong>("--seed") { Description = "Seed: the same seed and sizes give the same files (default: 1).", DefaultValueFactory = _ => 1UL };
        var command = new Command("synth", "Write a synthetic data folder of a chosen size (for benchmarks); build it with `kyodo build --data <folder>`.\n性能測定用の合成データを指定の大きさで書き出します。`kyodo build --data <フォルダ>` で作成できます。");
        command.Options.Add(outOption);
        command.Options.Add(size);
        command.Options.Add(years);
        command.Options.Add(perPlan);
        command.Options.Add(plans);
        command.Options.Add(seed);
        command.SetAction(result =>
        {
            var options = new SynthesisOptions
            {
                ProjectYears = result.GetValue(size),
                Years = result.GetValue(years),
                ProjectsPerEdition = result.GetValue(perPlan),
                Plans = result.GetValue(plans),
                Seed = result.GetValue(seed),
            };
            var folder = Path.GetFullPath(result.GetValue(outOption)!);
            var started = Stopwatch.GetTimestamp();
            try
            {
                var s = SyntheticSite.Write(folder, options);
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"Wrote {s.Plans} plan(s) to {folder}: {s.ProjectYears} project-years of {s.Projects} projects, {s.Relistings} re-listings, {s.Metrics} figures, {s.Indicators} indicators, {s.LineageEvents} lineage events, {s.Bytes / 1024.0 / 1024.0:0.0} MiB in {Stopwatch.GetElapsedTime(started).TotalSeconds:0.00} s."));
                return 0;
            }
            catch (Exception ex) when (ex is IOException or ArgumentException)
            {
                Console.Error.WriteLine(ex.Message);
                return 1;
            }
        });
        return command;
    }
}
