using System.Collections.Concurrent;

namespace Kyodo.Engine;

/// <summary>
/// Writes the output into a staging folder beside the final one and swaps it into place only when the
/// whole build succeeded, so a failed build leaves the previous site exactly as it was.
/// </summary>
public static class AtomicOutput
{
    public static string StagingPathFor(string outputDirectory) => Path.GetFullPath(outputDirectory).TrimEnd(Path.DirectorySeparatorChar) + ".staging";

    public static string OldPathFor(string outputDirectory) => Path.GetFullPath(outputDirectory).TrimEnd(Path.DirectorySeparatorChar) + ".old";

    /// <summary>
    /// Removes the staging and previous-copy folders an interrupted build left beside the output (only folders
    /// that carry the build's manifest: <see cref="OutputFolder.IsLeftByBuild"/>).
    /// </summary>
    public static void RemoveLeftovers(string outputDirectory)
    {
        foreach (var folder in new[] { StagingPathFor(outputDirectory), OldPathFor(outputDirectory) })
        {
            if (Directory.Exists(folder) && OutputFolder.IsLeftByBuild(folder)) Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>Creates an empty staging folder (removing one a crashed build left), marks it as the build's and returns its path.</summary>
    public static string PrepareStaging(string outputDirectory)
    {
        var staging = StagingPathFor(outputDirectory);
        if (Directory.Exists(staging)) Directory.Delete(staging, recursive: true);
        Directory.CreateDirectory(staging);
        OutputFolder.MarkStaging(staging);
        return staging;
    }

    /// <summary>
    /// Writes every file not yet written into the staging folder and returns its path. Without
    /// <paramref name="prepared"/>, the staging folder is made fresh first.
    /// </summary>
    public static string WriteStaging(string outputDirectory, OutputSet output, bool prepared = false)
    {
        var staging = prepared ? StagingPathFor(outputDirectory) : PrepareStaging(outputDirectory);

        var files = output.Files.Where(f => !f.IsOnDisk).ToList();
        // Creating folders and files costs a system call each, not disk bandwidth: spread them over every core.
        var dirs = files.Select(f => Path.GetDirectoryName(f.Path)).Where(d => !string.IsNullOrEmpty(d)).Distinct(StringComparer.Ordinal).ToList();
        Parallel.ForEach(Partitioner.Create(dirs, loadBalance: true), dir => Directory.CreateDirectory(Path.Combine(staging, dir!)));
        Parallel.ForEach(Partitioner.Create(files, loadBalance: true), file =>
        {
            var full = Path.GetFullPath(Path.Combine(staging, file.Path));
            if (!full.StartsWith(staging + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            {
                throw new InvalidOperationException($"Refusing to write outside the output folder: {file.Path}");
            }
            using var stream = new FileStream(full, FileMode.CreateNew, FileAccess.Write, FileShare.None, bufferSize: 0);
            stream.Write(file.Content.Span);
        });
        return staging;
    }

    /// <summary>Replaces the output folder with the staging folder, which gets the manifest of its files first.</summary>
    public static void Swap(string outputDirectory, string staging)
    {
        OutputFolder.WriteManifest(staging);
        var target = Path.GetFullPath(outputDirectory).TrimEnd(Path.DirectorySeparatorChar);
        var old = OldPathFor(outputDirectory);
        if (Directory.Exists(old)) Directory.Delete(old, recursive: true);
        if (Directory.Exists(target)) Directory.Move(target, old);
        try
        {
            Directory.Move(staging, target);
        }
        catch
        {
            if (Directory.Exists(old) && !Directory.Exists(target)) Directory.Move(old, target);
            throw;
        }
        if (Directory.Exists(old)) Directory.Delete(old, recursive: true);
    }

    /// <summary>Removes the staging folder of a failed build (never a folder of that name the build did not make).</summary>
    public static void Discard(string outputDirectory)
    {
        var staging = StagingPathFor(outputDirectory);
        if (Directory.Exists(staging) && OutputFolder.IsLeftByBuild(staging)) Directory.Delete(staging, recursive: true);
    }
}
