namespace Kyodo.Engine;

/// <summary>
/// A file the build was about to publish at a path it must not use: outside the output folder, a name
/// Windows refuses, or a path another file already took. Reported as a finding, never written.
/// </summary>
public sealed class OutputPathException(string path, string reason) : InvalidOperationException($"{reason}: {path}")
{
    public string OutputPath { get; } = path;

    /// <summary>True when two outputs wanted the same path (rather than an unsafe path).</summary>
    public bool IsConflict { get; init; }
}
