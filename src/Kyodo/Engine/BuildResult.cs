using Kyodo.Diagnostics;

namespace Kyodo.Engine;

/// <summary>The outcome of a build: success, every finding, and what was written.</summary>
public sealed record BuildResult(
    bool Success,
    IReadOnlyList<Diagnostic> Diagnostics,
    int FileCount,
    int PageCount,
    TimeSpan Elapsed,
    IReadOnlyDictionary<string, TimeSpan> Timings)
{
    /// <summary>Files written to the output folder: all of them, or after an incremental build only those that changed.</summary>
    public int FilesWritten { get; init; }

    /// <summary>Files an incremental build removed because the new build no longer has them.</summary>
    public int FilesDeleted { get; init; }

    /// <summary>True when nothing was rebuilt because no input file changed.</summary>
    public bool Unchanged { get; init; }
}
