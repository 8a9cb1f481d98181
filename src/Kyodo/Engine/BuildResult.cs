using Kyodo.Diagnostics;

namespace Kyodo.Engine;

/// <summary>The outcome of a build: success, every finding, and what was written.</summary>
public sealed record BuildResult(
    bool Success,
    IReadOnlyList<Diagnostic> Diagnostics,
    int FileCount,
    int PageCount,
    TimeSpan Elapsed,
    IReadOnlyDictionary<string, TimeSpan> Timings);
