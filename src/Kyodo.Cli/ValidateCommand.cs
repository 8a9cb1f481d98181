using System.CommandLine;
using Kyodo.Engine;

namespace Kyodo.Cli;

/// <summary><c>kyodo validate</c>: checks the data and content without writing anything.</summary>
public static class ValidateCommand
{
    public static Command Create()
    {
        var common = new CommonOptions();
        var command = new Command("validate", "Check the data and content pages without writing anything; lists every problem with file, line and column.\n書き込みをせずにデータと本文ページを検査し、すべての問題をファイル・行・列とともに示します。");
        common.AddTo(command);
        command.SetAction(result =>
        {
            var paths = common.Paths(result);
            var diagnostics = SiteBuilder.Validate(paths, result.GetValue(common.Plan));
            var lang = result.GetValue(common.Lang)!;
            DiagnosticPrinter.Print(diagnostics, lang, diagnostics.Any(d => d.IsError) ? Console.Error : Console.Out);
            return diagnostics.Any(d => d.IsError) ? 1 : 0;
        });
        return command;
    }
}
