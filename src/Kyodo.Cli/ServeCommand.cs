using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Kyodo.Pipelines;
using Kyodo.Routing;

namespace Kyodo.Cli;

/// <summary><c>kyodo serve</c>: builds, serves the site locally and rebuilds when data, content or theme change.</summary>
public static class ServeCommand
{
    public static Command Create()
    {
        var common = new CommonOptions();
        var output = new OutputOptions();
        var port = new Option<int>("--port") { Description = "Port on 127.0.0.1 (default: 8080).", DefaultValueFactory = _ => 8080 };
        var command = new Command("serve", "Build, serve the site on http://127.0.0.1:<port>, and rebuild when a file in data/, input/ or theme/ changes.\nサイトを作成して http://127.0.0.1:<port> で表示し、data/・input/・theme/ の変更時に作り直します。");
        common.AddTo(command);
        output.AddTo(command);
        command.Options.Add(port);
        command.SetAction(async (result, cancel) =>
        {
            var paths = common.Paths(result);
            var options = output.Build(result, paths, result.GetValue(common.Plan) ?? []);
            var lang = result.GetValue(common.Lang)!;
            // Rebuilds render every page again but write only the files that changed (see IncrementalBuilder).
            var builder = SiteBuilder.Incremental(paths, options);
            BuildCommand.Report(builder.Build(), options, lang);

            var basePath = UrlBuilder.NormalizeBasePath(options.BasePath);
            await using var app = StaticSite.Create(options.OutputDirectory, basePath, result.GetValue(port));
            await app.StartAsync(cancel);
            Console.WriteLine($"Serving {options.OutputDirectory} at http://127.0.0.1:{result.GetValue(port)}{basePath} (Ctrl+C to stop)");

            using var watcher = new Watcher([paths.Data, paths.Input, paths.Theme], () =>
            {
                var cpu = Process.GetCurrentProcess().TotalProcessorTime;
                var rebuilt = builder.Build();
                cpu = Process.GetCurrentProcess().TotalProcessorTime - cpu;
                if (rebuilt.Unchanged) return;
                if (!rebuilt.Success)
                {
                    BuildCommand.Report(rebuilt, options, lang);
                    return;
                }
                if (rebuilt.Diagnostics.Count > 0) DiagnosticPrinter.Print(rebuilt.Diagnostics, lang, Console.Error);
                string Ms(string phase) => rebuilt.Timings.TryGetValue(phase, out var t) ? t.TotalMilliseconds.ToString("0", CultureInfo.InvariantCulture) : "0";
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"Rebuilt: {rebuilt.FilesWritten} file(s) updated, {rebuilt.FilesDeleted} removed, in {rebuilt.Elapsed.TotalMilliseconds:0} ms (CPU {cpu.TotalMilliseconds:0} ms; load {Ms("(load)")}, render {Ms("(render)")}, check {Ms("(postprocess)")}, write {Ms("(write)")}, finalize {Ms("(finalize)")}). / 再作成：{rebuilt.FilesWritten} ファイルを更新、{rebuilt.FilesDeleted} ファイルを削除（{rebuilt.Elapsed.TotalMilliseconds:0} ミリ秒）"));
            });
            try
            {
                await Task.Delay(Timeout.Infinite, cancel);
            }
            catch (OperationCanceledException)
            {
            }
            await app.StopAsync(CancellationToken.None);
            return 0;
        });
        return command;
    }
}
