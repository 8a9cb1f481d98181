using System.CommandLine;
using System.Text;
using Kyodo.Diagnostics;
using Kyodo.Engine;
using Kyodo.Pipelines;

namespace Kyodo.Cli;

/// <summary>
/// <c>kyodo urls</c>: compares data/published-urls.txt with what a build would publish; with <c>--add</c>,
/// adds the new URLs to the list (never removes one), written atomically.
/// </summary>
public static class UrlsCommand
{
    public static Command Create()
    {
        var common = new CommonOptions();
        var add = new Option<bool>("--add") { Description = "Add the URLs this build publishes that are not in the list yet (nothing is ever removed)." };
        var command = new Command("urls", "Compare the list of published URLs (data/published-urls.txt) with what the build publishes; --add adds the new ones.\n公開済み URL の一覧（data/published-urls.txt）とビルドが作る URL を比べます。--add で新しい URL を一覧に追加します。");
        common.AddTo(command);
        command.Options.Add(add);
        command.SetAction(result =>
        {
            var paths = common.Paths(result);
            var lang = result.GetValue(common.Lang)!;
            var (diagnostics, urls) = SiteBuilder.PublishedUrls(paths, new BuildOptions { OutputDirectory = Path.Combine(paths.Root, "_site"), RunNodeTools = false });
            if (diagnostics.Any(d => d.IsError))
            {
                DiagnosticPrinter.Print(diagnostics, lang, Console.Error);
                return 1;
            }

            var file = PublishedUrlList.PathIn(paths.Data);
            var display = Path.GetRelativePath(paths.Root, file).Replace('\\', '/');
            var read = new DiagnosticBag();
            var list = PublishedUrlList.Read(file, display, read) ?? (read.HasErrors ? null : PublishedUrlList.Empty);
            if (list is null)
            {
                DiagnosticPrinter.Print(read.Sorted(), lang, Console.Error);
                return 1;
            }
            var listed = list.Entries.Select(e => e.Url).ToHashSet(StringComparer.Ordinal);
            var produced = urls.ToHashSet(StringComparer.Ordinal);
            var added = urls.Where(u => !listed.Contains(u)).ToList();
            var vanished = list.Entries.Where(e => !produced.Contains(e.Url)).Select(e => Messages.UrlVanished(new SourceLocation(display, e.Line, 1), e.Url)).ToList();

            Console.WriteLine($"{display}: {listed.Count} URL / このビルド this build: {urls.Count} URL / 新しい new: {added.Count} / なくなる vanishing: {vanished.Count}");
            foreach (var url in added) Console.WriteLine("  + " + url);
            if (result.GetValue(add) && added.Count > 0)
            {
                var written = SafeWrite.Write(file, Encoding.UTF8.GetBytes(list.WithAdded(added)), display, overwrite: true);
                if (written.Count > 0)
                {
                    DiagnosticPrinter.Print(written, lang, Console.Error);
                    return 1;
                }
                Console.WriteLine($"{display} に {added.Count} 件を追加しました。 / Added {added.Count} URL(s) to {display}.");
            }
            else if (added.Count > 0)
            {
                Console.WriteLine("`kyodo urls --add` で一覧に追加します。 / Run `kyodo urls --add` to add them to the list.");
            }
            if (read.Count + vanished.Count > 0) DiagnosticPrinter.Print([.. read.Sorted(), .. vanished], lang, Console.Error);
            return read.HasErrors || vanished.Count > 0 ? 1 : 0;
        });
        return command;
    }
}
