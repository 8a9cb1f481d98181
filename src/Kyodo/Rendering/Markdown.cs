using Markdig;
using Markdig.Extensions.Yaml;
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

    /// <summary>A content page: the same Markdown, after a YAML front matter block between "---" lines.</summary>
    private static readonly MarkdownPipeline PagePipeline = new MarkdownPipelineBuilder()
        .UseYamlFrontMatter()
        .UsePipeTables()
        .UseAutoIdentifiers(Markdig.Extensions.AutoIdentifiers.AutoIdentifierOptions.GitHub)
        .DisableHtml()
        .Build();

    /// <summary>A content page's file parsed: its front matter (null when it has none) and the whole document.</summary>
    public static (FrontMatter? Front, MarkdownDocument Document) ParsePage(string text)
    {
        var doc = Markdig.Markdown.Parse(text, PagePipeline);
        if (doc.Count == 0 || doc[0] is not YamlFrontMatterBlock block) return (null, doc);
        var lines = (block.Lines.Lines ?? []).Take(block.Lines.Count).Select(l => l.Slice.ToString() + "\n");
        // The body starts on the line after the closing fence (Span.End is the fence's last character).
        var end = text.IndexOf('\n', block.Span.End);
        return (new FrontMatter(string.Concat(lines), end < 0 ? "" : text[(end + 1)..]), doc);
    }

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
    public static IEnumerable<(string Url, int Line, int Column)> UnsafeLinks(string markdown) =>
        UnsafeLinks(Markdig.Markdown.Parse(markdown, Pipeline));

    /// <summary>Links of a parsed document that are not allowed, with their 0-based line and 1-based column.</summary>
    public static IEnumerable<(string Url, int Line, int Column)> UnsafeLinks(MarkdownDocument doc)
    {
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

/// <summary>The YAML between a page's "---" lines (each line ending in a line feed), and the Markdown after them.</summary>
public sealed record FrontMatter(string Yaml, string Body);
