using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Kyodo.Rendering;

/// <summary>
/// Markdown for content pages and long texts: CommonMark with tables, raw HTML disabled, and links
/// limited to http, https, mailto and relative. Site-relative links get the base path and language.
/// </summary>
public static class Markdown
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UsePipeTables()
        .UseAutoIdentifiers(Markdig.Extensions.AutoIdentifiers.AutoIdentifierOptions.GitHub)
        .DisableHtml()
        .Build();

    public static bool IsSafeUrl(string url)
    {
        var u = url.Trim();
        if (u.Length == 0 || u.StartsWith('#') || u.StartsWith('/') || u.StartsWith("./", StringComparison.Ordinal) || u.StartsWith("../", StringComparison.Ordinal)) return !u.StartsWith("//", StringComparison.Ordinal);
        var colon = u.IndexOf(':', StringComparison.Ordinal);
        var slash = u.IndexOfAny(['/', '?', '#']);
        if (colon < 0 || (slash >= 0 && slash < colon)) return true;
        var scheme = u[..colon].ToLowerInvariant();
        return scheme is "http" or "https" or "mailto";
    }

    /// <summary>Links that are not allowed, with their 0-based line in <paramref name="markdown"/> and 1-based column.</summary>
    public static IEnumerable<(string Url, int Line, int Column)> UnsafeLinks(string markdown)
    {
        var doc = Markdig.Markdown.Parse(markdown, Pipeline);
        return doc.Descendants<LinkInline>().Where(l => !IsSafeUrl(l.Url ?? "")).Select(l => (l.Url ?? "", l.Line, l.Column + 1))
            .Concat(doc.Descendants<AutolinkInline>().Where(a => !a.IsEmail && !IsSafeUrl(a.Url)).Select(a => (a.Url, a.Line, a.Column + 1)))
            .OrderBy(l => l.Item2).ThenBy(l => l.Item3);
    }

    /// <summary>Renders to HTML; <paramref name="rewrite"/> maps site-relative links ("/projects/p001/").</summary>
    public static string ToHtml(string markdown, Func<string, string> rewrite)
    {
        var doc = Markdig.Markdown.Parse(markdown, Pipeline);
        foreach (var link in doc.Descendants<LinkInline>())
        {
            var url = link.Url ?? "";
            if (!IsSafeUrl(url)) link.Url = "#";
            else if (url.StartsWith('/')) link.Url = rewrite(url);
        }
        foreach (var heading in doc.Descendants<HeadingBlock>())
        {
            // The page title is the page's only h1; a "#" heading in the body becomes a section heading.
            if (heading.Level == 1) heading.Level = 2;
        }
        using var writer = new StringWriter();
        var renderer = new Markdig.Renderers.HtmlRenderer(writer);
        Pipeline.Setup(renderer);
        renderer.Render(doc);
        return writer.ToString();
    }
}
