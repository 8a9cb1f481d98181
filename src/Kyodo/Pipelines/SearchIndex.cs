using Kyodo.Diagnostics;
using Kyodo.Engine;

namespace Kyodo.Pipelines;

/// <summary>
/// Finalizing: runs Pagefind over the written staging folder, so the index describes exactly the pages that
/// will be published, and puts it in pagefind/ beside them. Pagefind keeps one index per &lt;html lang&gt;
/// and segments Japanese text (its extended build, which the npm package ships), so 防災 finds 防災情報発信事業.
/// Skipped with --no-search (BuildOptions.RunNodeTools = false).
/// </summary>
public sealed class SearchIndex : IPipeline
{
    public Phase Phase => Phase.Finalize;

    /// <summary>The folder of the index under the site root.</summary>
    public const string Folder = "pagefind";

    public void Execute(BuildContext context)
    {
        if (!context.Options.RunNodeTools || context.StagingDirectory is null) return;
        var root = ToolRoot(context.Paths.Root);
        var at = new SourceLocation("package.json");
        if (root is null)
        {
            context.Diagnostics.Add(Messages.NodeToolsUnavailable(at, "package.json not found"));
            return;
        }
        var (installed, installOutput) = NodeTools.EnsureInstalled(root);
        if (!installed)
        {
            context.Diagnostics.Add(Messages.NodeToolsUnavailable(at, Tail(installOutput)));
            return;
        }
        var runner = Path.Combine(root, "node_modules", "pagefind", "lib", "runner", "bin.cjs");
        var (code, output) = NodeTools.Run(context.StagingDirectory, "node", runner,
            "--site", context.StagingDirectory, "--output-subdir", Folder, "--quiet");
        if (code != 0 || !File.Exists(Path.Combine(context.StagingDirectory, Folder, "pagefind.js")))
        {
            context.Diagnostics.Add(Messages.SearchIndexFailed(at, Tail(output)));
        }
    }

    /// <summary>
    /// The folder whose package.json lists Pagefind: the project itself, or else the Kyodo checkout the
    /// tool runs from (a data folder elsewhere still gets a search index).
    /// </summary>
    public static string? ToolRoot(string projectRoot)
    {
        if (File.Exists(Path.Combine(projectRoot, "package.json"))) return projectRoot;
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "package.json")) && File.Exists(Path.Combine(dir.FullName, "Kyodo.sln"))) return dir.FullName;
        }
        return null;
    }

    private static string Tail(string output)
    {
        var text = output.Trim();
        return text.Length <= 2000 ? text : "…" + text[^2000..];
    }
}
