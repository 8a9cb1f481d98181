using Kyodo.Diagnostics;
using Kyodo.Engine;

namespace Kyodo.Pipelines;

/// <summary>
/// Every URL of data/published-urls.txt must still be produced by this build, or the build fails listing each
/// missing URL and how to keep it. Runs in the finalize phase, when every pipeline (post-processing ones such
/// as the sitemap included) has added its files; the staged folder is discarded on failure. Builds of some
/// plans only (--plan) are not checked.
/// </summary>
public sealed class PublishedUrls : IPipeline
{
    public Phase Phase => Phase.Finalize;

    public void Execute(BuildContext context)
    {
        if (!context.Options.CheckPublishedUrls || context.Options.Plans.Count > 0) return;
        var path = PublishedUrlList.PathIn(context.Paths.Data);
        var display = Path.GetRelativePath(context.Paths.Root, path).Replace('\\', '/');
        var list = PublishedUrlList.Read(path, display, context.Diagnostics);
        if (list is null) return;
        var produced = PublishedUrlList.UrlsOf(context.Output.Files.Select(f => f.Path)).ToHashSet(StringComparer.Ordinal);
        foreach (var (url, line) in list.Entries.Where(e => !produced.Contains(e.Url)))
        {
            context.Diagnostics.Add(Messages.UrlVanished(new SourceLocation(display, line, 1), url));
        }
    }
}
