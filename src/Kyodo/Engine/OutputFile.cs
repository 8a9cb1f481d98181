namespace Kyodo.Engine;

/// <summary>A file the build publishes, by its path under the output folder (forward slashes, no leading slash).</summary>
public sealed record OutputFile(string Path, ReadOnlyMemory<byte> Content)
{
    public bool IsHtml => Path.EndsWith(".html", StringComparison.Ordinal);
}

/// <summary>What a published HTML page is, for the sitemap, search, feeds and link checks.</summary>
public sealed record PageInfo(
    Model.Language Language,
    string Path,
    string Title,
    string Kind,
    string OutputPath,
    string? AlternatePath);
