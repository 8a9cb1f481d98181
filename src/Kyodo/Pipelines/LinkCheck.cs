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

    /// <summary>
    /// Start tags only: page text may quote markup (a project named '&lt;a href="…"&gt;' is written with its
    /// "&lt;" encoded, its quotes as they are), and that text is not a link.
    /// </summary>
    [GeneratedRegex("""<[a-zA-Z][^<>]*>""", RegexOptions.CultureInvariant)]
    private static partial Regex TagPattern();

    private static IEnumerable<Match> InTags(Regex pattern, string html) =>
        TagPattern().Matches(html).SelectMany(tag => pattern.Matches(tag.Value));

    public void Execute(BuildContext context)
    {
        var html = context.Output.Files.Where(f => f.IsHtml).ToList();
        // While serve rebuilds, a page whose bytes did not change is not scanned again.
        var scanned = (ConcurrentDictionary<string, PageScan>?)context.Carry?.GetOrAdd(nameof(LinkCheck),
            _ => new ConcurrentDictionary<string, PageScan>(StringComparer.Ordinal));
        // One pass over each page: its anchors are collected, and every link is checked at once except those
        // pointing at an anchor of another page, which wait until all anchors are known. Keeping only those
        // few (instead of every link of every page) keeps memory flat on very large sites.
        var ids = new ConcurrentDictionary<string, HashSet<string>>(StringComparer.Ordinal);
        var deferred = new ConcurrentBag<(string Page, string Href, string Target, string Fragment)>();
        var broken = new ConcurrentBag<(string Page, string Href)>();
        Parallel.ForEach(Partitioner.Create(html, loadBalance: true), file =>
        {
            var content = file.Content;
            var scan = scanned is not null && scanned.TryGetValue(file.Path, out var before) && before.Content.Span.SequenceEqual(content.Span)
                ? before : Scan(content);
            if (scanned is not null) scanned[file.Path] = scan;
            var own = scan.Ids;
            ids[file.Path] = own;
            foreach (var raw in scan.Links)
            {
                var href = WebUtility.HtmlDecode(raw);
                var target = Target(context, file.Path, href);
                if (target is null) continue;
                var (path, fragment) = target.Value;
                if (path is null || !context.Output.Contains(path)) broken.Add((file.Path, href));
                else if (fragment.Length == 0) continue;
                else if (path == file.Path) { if (!own.Contains(fragment)) broken.Add((file.Path, href)); }
                else deferred.Add((file.Path, href, path, fragment));
            }
        });
        if (scanned is not null)
        {
            foreach (var gone in scanned.Keys.Where(k => !ids.ContainsKey(k)).ToList()) scanned.TryRemove(gone, out _);
        }
        foreach (var (page, href, target, fragment) in deferred)
        {
            if (!ids.TryGetValue(target, out var set) || !set.Contains(fragment)) broken.Add((page, href));
        }

        foreach (var (page, href) in broken.Distinct().OrderBy(b => b.Page, StringComparer.Ordinal).ThenBy(b => b.Href, StringComparer.Ordinal))
        {
            context.Diagnostics.Add(Messages.BrokenLink(new SourceLocation(page), href));
        }
    }

    /// <summary>A page's anchors and its distinct links as written (attribute-encoded), from its bytes.</summary>
    private sealed record PageScan(ReadOnlyMemory<byte> Content, HashSet<string> Ids, IReadOnlyList<string> Links);

    private static PageScan Scan(ReadOnlyMemory<byte> content)
    {
        var text = Encoding.UTF8.GetString(content.Span);
        var ids = InTags(IdPattern(), text).Select(m => m.Groups[1].Success ? m.Groups[1].Value : m.Groups[2].Value).ToHashSet(StringComparer.Ordinal);
        var links = InTags(LinkPattern(), text).Select(m => m.Groups[1].Success ? m.Groups[1].Value : m.Groups[2].Value).Distinct(StringComparer.Ordinal).ToList();
        return new PageScan(content, ids, links);
    }

    /// <summary>Maps a link found on <paramref name="page"/> to an output file and anchor, and checks both exist.</summary>
    public static bool Resolves(BuildContext context, string page, string href, IReadOnlyDictionary<string, HashSet<string>> ids)
    {
        var target = Target(context, page, href);
        if (target is null) return true;
        var (path, fragment) = target.Value;
        if (path is null || !context.Output.Contains(path)) return false;
        return fragment.Length == 0 || (ids.TryGetValue(path, out var set) && set.Contains(fragment));
    }

    /// <summary>
    /// The output file (null when the link cannot point into this site) and unescaped anchor a link leads to;
    /// null for links outside the site (other hosts, mailto), which are not checked.
    /// </summary>
    private static (string? Path, string Fragment)? Target(BuildContext context, string page, string href)
    {
        if (href.Length == 0) return (null, "");
        string path;
        if (href.StartsWith(context.Urls.SiteUrl + "/", StringComparison.Ordinal))
        {
            path = href[(context.Urls.SiteUrl.Length + 1)..];
        }
        else if (href.StartsWith("http://", StringComparison.Ordinal) || href.StartsWith("https://", StringComparison.Ordinal) || href.StartsWith("mailto:", StringComparison.Ordinal))
        {
            return null;
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
            return (null, "");
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
        return (Uri.UnescapeDataString(path), Uri.UnescapeDataString(fragment));
    }
}
