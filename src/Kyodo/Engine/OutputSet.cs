using System.Collections.Concurrent;
using System.Text;

namespace Kyodo.Engine;

/// <summary>
/// Everything a build will write, held until the whole build succeeded. Two pipelines writing the same
/// path is a bug, reported instead of silently keeping one of them.
/// </summary>
public sealed class OutputSet
{
    private readonly ConcurrentDictionary<string, OutputFile> _files = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, PageInfo> _pages = new(StringComparer.Ordinal);

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>
    /// Once the files held reach this many bytes, further files are kept compressed: a nation-sized site holds
    /// over a gigabyte of HTML until it is written, a city's site a few megabytes (never compressed).
    /// </summary>
    public const long CompressAboveBytes = 256L * 1024 * 1024;

    /// <summary>
    /// With a staging folder (a full build), files beyond this many held bytes are written to it at once instead
    /// of being held: memory stays flat however large the site, and a city's site (a few megabytes) never spills.
    /// </summary>
    public const long SpillAboveBytes = 128L * 1024 * 1024;

    private readonly long _compressAbove;
    private long _bytes;
    private SpillFolder? _spill;
    private long _spillAbove;

    public OutputSet() : this(CompressAboveBytes)
    {
    }

    /// <summary>For tests: compress held files from <paramref name="compressAbove"/> bytes on.</summary>
    internal OutputSet(long compressAbove) => _compressAbove = compressAbove;

    /// <summary>From now on, write files beyond <paramref name="above"/> held bytes into <paramref name="folder"/> as they come.</summary>
    public void SpillTo(SpillFolder folder, long above = SpillAboveBytes)
    {
        _spill = folder;
        _spillAbove = above;
    }

    /// <summary>The folder spilled files were written to, if any (it moves with the swap).</summary>
    public SpillFolder? Spill => _spill;

    public void Add(string path, ReadOnlyMemory<byte> content)
    {
        if (Unsafe(path) is { } reason) throw new OutputPathException(path, reason);
        var held = Interlocked.Add(ref _bytes, content.Length);
        // Claim the path first, so that a second output of the same path is reported before anything is written.
        if (!_files.TryAdd(path, new OutputFile(path, ReadOnlyMemory<byte>.Empty)))
        {
            throw new OutputPathException(path, "Two outputs have the same path") { IsConflict = true };
        }
        _files[path] = _spill is not null && held > _spillAbove ? OutputFile.Spilled(path, content.Span, _spill)
            : held > _compressAbove && content.Length >= 1024 ? OutputFile.Compressed(path, content.Span)
            : new OutputFile(path, content);
    }

    /// <summary>
    /// Why a path cannot be published, or null: it must be relative, use "/" only, stay inside the output
    /// folder and avoid names Windows refuses, whatever the data that made it.
    /// </summary>
    public static string? Unsafe(string path)
    {
        if (path.Length == 0) return "Empty output path";
        if (path.StartsWith('/') || path.Contains('\\', StringComparison.Ordinal) || path.Contains(':', StringComparison.Ordinal)) return "Output path is not relative";
        foreach (var segment in path.Split('/'))
        {
            if (segment is "" or "." or "..") return "Output path leaves its folder";
            if (segment.Any(c => char.IsControl(c) || c is '<' or '>' or '"' or '|' or '?' or '*')) return "Output path has a character file systems refuse";
            var stem = segment.Split('.')[0];
            if (Schema.ReservedNames.IsWindowsDevice(stem)) return "Output path has a name Windows reserves";
        }
        return null;
    }

    public void AddText(string path, string text) => Add(path, Utf8.GetBytes(text));

    public void AddPage(PageInfo page, string html) => AddPage(page, Utf8.GetBytes(html));

    public void AddPage(PageInfo page, ReadOnlyMemory<byte> html)
    {
        Add(page.OutputPath, html);
        _pages[page.OutputPath] = page;
    }

    public bool Contains(string path) => _files.ContainsKey(path);

    public OutputFile? Get(string path) => _files.TryGetValue(path, out var f) ? f : null;

    /// <summary>Files in path order, so that anything derived from the whole set is deterministic.</summary>
    public IReadOnlyList<OutputFile> Files => _files.Values.OrderBy(f => f.Path, StringComparer.Ordinal).ToList();

    public IReadOnlyList<PageInfo> Pages => _pages.Values.OrderBy(p => p.OutputPath, StringComparer.Ordinal).ToList();

    public int Count => _files.Count;

    public int PageCount => _pages.Count;
}
