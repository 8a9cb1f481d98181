using System.CommandLine;
using Kyodo.Pipelines;

namespace Kyodo.Cli;

/// <summary><c>kyodo validate</c>: checks the data and content without writing anything.</summary>
public static class ValidateCommand
{
    public static Command Create()
    {
        var common = new CommonOptions();
        var seeds = new Option<string?>("--seeds") { Description = "Also check every name, text and figure against the plain-text source documents in this folder (e.g. ../shared/seeds).\n元の文書のテキストがあるフォルダを指定すると、名称・文章・数値が出典にあるかも確かめます。" };
        var command = new Command("validate", "Check the data and content pages without writing anything; lists every problem with file, line and column.\n書き込みをせずにデータと本文ページを検査し、すべての問題をファイル・行・列とともに示します。");
        common.AddTo(command);
        command.Options.Add(seeds);
        command.SetAction(result =>
        {
            var paths = common.Paths(result);
            var diagnostics = SiteBuilder.Validate(paths, result.GetValue(common.Plan));
            var lang = result.GetValue(common.Lang)!;
            DiagnosticPrinter.Print(diagnostics, lang, diagnostics.Any(d => d.IsError) ? Console.Error : Console.Out);
            var failed = diagnostics.Any(d => d.IsError);
            if (!failed && result.GetValue(seeds) is { } seedDir)
            {
                failed = !CheckSources(paths, result.GetValue(common.Plan), seedDir);
            }
            return failed ? 1 : 0;
        });
        return command;
    }

    private static bool CheckSources(Kyodo.Loading.SitePaths paths, IReadOnlyList<string>? plans, string seedDir)
    {
        var site = Kyodo.Loading.SiteLoader.Load(paths, new Kyodo.Diagnostics.DiagnosticBag(), plans)!;
        var ok = true;
        foreach (var plan in site.Plans)
        {
            var result = Kyodo.Validation.FidelityCheck.Run(plan, seedDir);
            foreach (var doc in result.MissingDocuments) Console.Error.WriteLine($"{plan.Id}: source text for {doc} not found in {seedDir}");
            foreach (var finding in result.Findings) Console.Error.WriteLine($"{plan.Id}: {finding}");
            Console.WriteLine($"{plan.Id}: {result.Checked} names, texts and figures checked against the sources; {result.Findings.Count} not found.");
            ok &= result.Findings.Count == 0 && result.MissingDocuments.Count == 0;
        }
        return ok;
    }
}
