namespace Kyodo.Diagnostics;

/// <summary>Why an output folder may not be replaced.</summary>
public enum OutputRefusalReason
{
    /// <summary>The folder holds files and no build manifest: no build made it.</summary>
    NotMadeByKyodo,

    /// <summary>A build made the folder, but files were added to it since.</summary>
    ForeignFiles,

    /// <summary>The output path names a file, not a folder.</summary>
    IsAFile,
}

/// <summary>An output folder a build refuses to replace, with some of the files that would be lost.</summary>
public sealed record OutputRefusal(string Folder, OutputRefusalReason Reason, IReadOnlyList<string> Examples)
{
    /// <summary>How many files a build did not write (for <see cref="OutputRefusalReason.ForeignFiles"/>).</summary>
    public int ForeignCount { get; init; }
}
