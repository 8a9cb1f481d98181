using System.CommandLine;
using System.Globalization;
using Kyodo.Engine;
using Kyodo.Pipelines;

namespace Kyodo.Cli;

/// <summary><c>kyodo build</c>: builds the whole site from the data into the output folder.</summary>
public static class BuildCommand
{
    public static Command Create()
    {
        var common = new CommonOptions();
        var output = new OutputOptions();
        var command = new Command("build", "Build the site from the data into _site/ (atomically: a failed build leaves the old site untouched).\nデータからサイトを _site/ に作成します（失敗したときは前のサイトをそのまま残します）。");
        common.AddTo(command);
        output.AddTo(command);
        var timings = new Option<bool>("--timings") { Description = "Print the time each phase and pipeline took (for benchmarks)." };
        command.Options.Add(timings);
        command.SetAction(result =>
        {
            var paths = common.Paths(result);
            var options = output.Build(result, paths, result.GetValue(common.Plan) ?? []);
            return Run(paths, options, result.GetValue(common.Lang)!, result.GetValue(timings));
        });
        return command;
    }

    public static int Run(Kyodo.Loading.SitePaths paths, BuildOptions options, string lang, bool timings = false) =>
        Report(SiteBuilder.Build(paths, options), options, lang, timings);

    public static int Report(BuildResult result, BuildOptions options, string lang, bool timings = false)
    {
        if (result.Diagnostics.Count > 0) DiagnosticPrinter.Print(result.Diagnostics, lang, Console.Error);
        if (!result.Success)
        {
            Console.Error.WriteLine(lang == "en" ? "Build failed; the output folder was not changed." : "ビルドに失敗しました。出力フォルダは変更していません。 / Build failed; the output folder was not changed.");
            return 1;
        }
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Built {result.PageCount} pages, {result.FileCount} files into {options.OutputDirectory} in {result.Elapsed.TotalSeconds:0.00} s."));
        if (timings)
        {
            // Phases in parentheses, then pipelines; the benchmark script (tools/bench-build.sh) reads these lines.
            foreach (var (name, time) in result.Timings.OrderBy(t => t.Key, StringComparer.Ordinal))
            {
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {name,-20} {time.TotalMilliseconds,8:0.0} ms"));
            }
        }
        return 0;
    }
}
