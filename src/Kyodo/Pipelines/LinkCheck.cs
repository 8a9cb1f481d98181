using System.Collections.Concurrent;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Kyodo.Diagnostics;
using Kyodo.Engine;

namespace Kyodo.Pipelines;

/// <summary>
/// Post-processing: every internal link, anchor and asset of every generated page must resolve to a file
/// of this build (under the configured base path), or the build fails before anything is published.
/// </summary>
public sealed partial class LinkCheck : IPipeline
{
    public Phase Phase => Phase.PostProcess;

    [GeneratedRegex("""\s(?:href|src)="([^"]*)"|\shref='([^']*)'""", RegexOptions.CultureInvariant)]
    private static partial Regex LinkPattern();

    [GeneratedRegex("""\sid="([^"]+)"|\sname="([^"]+)""", RegexOptions.CultureInvariant)]
    private static partial Regex IdPattern();

    public void Execute(BuildContext context)
    {
        var html = context.Output.Files.Where(f => f.IsHtml).ToList();
        // One pass over each page collects both its anchors and its links; links are resolved once all anchors are known.
        var ids = new ConcurrentDictionary<string, HashSet<string>>(StringComparer.Ordinal);
        var links = new ConcurrentDictionary<string, List<string>>(StringComparer.Ordinal);
        Parallel.ForEach(Partitioner.Create(html, loadBalance: true), file =>
        {
            var text = Encoding.UTF8.GetString(file.Content.Span);
            ids[file.Path] = IdPattern().Matches(text).Select(m => m.Groups[1].Success ? m.Groups[1].Value : m.Groups[2].Value).ToHashSet(StringComparer.Ordinal);
            links[file.Path] = LinkPattern().Matches(text).Select(m => m.Groups[1].Success ? m.Groups[1].Value : m.Groups[2].Value).Distinct(StringComparer.Ordinal).ToList();
        });

        var broken = new ConcurrentBag<(string Page, string Href)>();
        Parallel.ForEach(Partitioner.Create(html, loadBalance: true), file =>
        {
            foreach (var raw in links[file.Path])
            {
                var href = WebUtility.HtmlDecode(raw);
                if (!Resolves(context, file.Path, href, ids)) broken.Add((file.Path, href));
            }
        });

        foreach (var (page, href) in broken.Distinct().OrderBy(b => b.Page, StringComparer.Ordinal).ThenBy(b => b.Href, StringComparer.Ordinal))
        {
            context.Diagnostics.Add(Messages.BrokenLink(new SourceLocation(page), href));
        }
    }

    /// <summary>Maps a link found on <paramref name="page"/> to an output file and anchor, and checks both exist.</summary>
    public static bool Resolves(BuildContext context, string page, string href, IReadOnlyDictionary<string, HashSet<string>> ids)
    {
        if (href.Length == 0) return false;
        string path;
        if (href.StartsWith(context.Urls.SiteUrl + "/", StringComparison.Ordinal))
        {
            path = href[(context.Urls.SiteUrl.Length + 1)..];
        }
        else if (href.StartsWith("http://", StringComparison.Ordinal) || href.StartsWith("https://", StringComparison.Ordinal) || href.StartsWith("mailto:", StringComparison.Ordinal))
        {
            return true;
        }
        else if (href.StartsWith('#'))
        {
            path = page + href;
        }
        else if (href.StartsWith(context.Urls.BasePath, StringComparison.Ordinal))
        {
            path = href[context.Urls.BasePath.Length..];
        }
        else
        {
            return false;
        }

        var fragment = "";
        var hash = path.IndexOf('#', StringComparison.Ordinal);
        if (hash >= 0)
        {
            fragment = path[(hash + 1)..];
            path = path[..hash];
        }
        var query = path.IndexOf('?', StringComparison.Ordinal);
        if (query >= 0) path = path[..query];
        if (path.Length == 0 || path.EndsWith('/')) path += "index.html";
        path = Uri.UnescapeDataString(path);
        if (!context.Output.Contains(path)) return false;
        return fragment.Length == 0 || (ids.TryGetValue(path, out var set) && set.Contains(Uri.UnescapeDataString(fragment)));
    }
}
