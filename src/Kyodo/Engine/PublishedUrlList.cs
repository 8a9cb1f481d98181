using System.Text;
using Kyodo.Diagnostics;

namespace Kyodo.Engine;

/// <summary>
/// The versioned list of URLs the site has published (data/published-urls.txt): one path per line, from the
/// site root ("/projects/p001/", "/data/projects.csv"), sorted, with "#" comment lines at the top.
/// A build fails when one of them would no longer be produced; <c>kyodo urls --add</c> only ever adds to it.
/// </summary>
public sealed class PublishedUrlList
{
    public const string FileName = "published-urls.txt";

    private static readonly string[] DefaultHeader =
    [
        "# Every URL this site has published, one per line, from the site root (independent of --base-path).",
        "# このサイトが公開したすべての URL（サイトのルートからのパス。1行に1つ）。",
        "# A build fails if one of them would disappear: keep the page (for a project, record its successor in",
        "# lineage.csv instead of deleting it). Add new URLs with `kyodo urls --add`; remove a line only on purpose.",
        "# ビルドでこの中の URL がなくなるとエラーになります。新しい URL は `kyodo urls --add` で追加します。",
    ];

    private PublishedUrlList(IReadOnlyList<string> header, IReadOnlyList<(string Url, int Line)> entries)
    {
        Header = header;
        Entries = entries;
    }

    /// <summary>The comment lines at the top of the file, kept when the list is rewritten.</summary>
    public IReadOnlyList<string> Header { get; }

    /// <summary>Each listed URL with its line in the file.</summary>
    public IReadOnlyList<(string Url, int Line)> Entries { get; }

    public static string PathIn(string dataDirectory) => Path.Combine(dataDirectory, FileName);

    /// <summary>An empty list with the standard header, for a site that has published nothing yet.</summary>
    public static PublishedUrlList Empty { get; } = new(DefaultHeader, []);

    /// <summary>Reads the list; null when the file does not exist or cannot be read (findings say why).</summary>
    public static PublishedUrlList? Read(string path, string display, DiagnosticBag diagnostics)
    {
        if (!File.Exists(path)) return null;
        var text = Loading.TextDecoder.Decode(File.ReadAllBytes(path), display, diagnostics);
        if (text is null) return null;
        var header = new List<string>();
        var entries = new List<(string, int)>();
        var lines = text.ReplaceLineEndings("\n").Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            if (line.Length == 0) continue;
            if (line.StartsWith('#'))
            {
                if (entries.Count == 0) header.Add(lines[i].TrimEnd());
                continue;
            }
            if (!line.StartsWith('/') || line.StartsWith("//", StringComparison.Ordinal) || line.Any(char.IsWhiteSpace) || line.Contains("/../", StringComparison.Ordinal))
            {
                diagnostics.Add(Messages.PublishedUrlLine(new SourceLocation(display, i + 1, 1), line));
                continue;
            }
            entries.Add((line, i + 1));
        }
        return new PublishedUrlList(header.Count > 0 ? header : DefaultHeader, entries);
    }

    /// <summary>
    /// True for output files people link to: pages, downloads, feeds, schemas. The theme's assets, the
    /// search index (rebuilt with new names every time) and the 404 page are not addresses anyone keeps.
    /// </summary>
    public static bool IsPublished(string outputPath) =>
        !outputPath.StartsWith("assets/", StringComparison.Ordinal) &&
        !outputPath.StartsWith("pagefind/", StringComparison.Ordinal) &&
        !outputPath.StartsWith('.') &&
        outputPath != "404.html";

    /// <summary>"projects/p001/index.html" → "/projects/p001/"; "data/x.csv" → "/data/x.csv".</summary>
    public static string UrlOf(string outputPath) =>
        outputPath == "index.html" ? "/"
        : outputPath.EndsWith("/index.html", StringComparison.Ordinal) ? "/" + outputPath[..^"index.html".Length]
        : "/" + outputPath;

    /// <summary>The URLs a set of output files publishes, sorted.</summary>
    public static IReadOnlyList<string> UrlsOf(IEnumerable<string> outputPaths) =>
        outputPaths.Where(IsPublished).Select(UrlOf).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();

    /// <summary>The file's text with <paramref name="urls"/> added: the header, then every URL once, sorted.</summary>
    public string WithAdded(IEnumerable<string> urls)
    {
        var all = Entries.Select(e => e.Url).Concat(urls).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal);
        var sb = new StringBuilder();
        foreach (var line in Header) sb.Append(line).Append('\n');
        foreach (var url in all) sb.Append(url).Append('\n');
        return sb.ToString();
    }
}
