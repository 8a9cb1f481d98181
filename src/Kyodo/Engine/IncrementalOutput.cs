using System.Collections.Concurrent;

namespace Kyodo.Engine;

/// <summary>
/// Brings an output folder that holds one build's files up to date with the next build's, in place: only
/// files whose bytes differ are written (each through a temporary file and a rename, so a reader never sees
/// half a file) and files the new build no longer has are deleted.
/// </summary>
public static class IncrementalOutput
{
    public static (int Written, int Deleted) Apply(string outputDirectory, OutputSet previous, OutputSet current)
    {
        var root = Path.GetFullPath(outputDirectory).TrimEnd(Path.DirectorySeparatorChar);
        var changed = current.Files.Where(f => previous.Get(f.Path) is not { } old || !old.Content.Span.SequenceEqual(f.Content.Span)).ToList();
        Parallel.ForEach(Partitioner.Create(changed, loadBalance: true), file =>
        {
            var full = FullPath(root, file.Path);
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            var temp = full + ".kyodo-tmp";
            using (var stream = new FileStream(temp, FileMode.Create, FileAccess.Write, FileShare.None, bufferSize: 0))
            {
                stream.Write(file.Content.Span);
            }
            File.Move(temp, full, overwrite: true);
        });

        var vanished = previous.Files.Where(f => !current.Contains(f.Path)).Select(f => FullPath(root, f.Path)).ToList();
        foreach (var full in vanished)
        {
            if (File.Exists(full)) File.Delete(full);
            // Remove folders the deletion left empty (a page's folder), up to the output folder itself.
            for (var dir = Path.GetDirectoryName(full); dir is not null && dir.Length > root.Length && Directory.Exists(dir) && !Directory.EnumerateFileSystemEntries(dir).Any(); dir = Path.GetDirectoryName(dir))
            {
                Directory.Delete(dir);
            }
        }
        return (changed.Count, vanished.Count);
    }

    private static string FullPath(string root, string path)
    {
        var full = Path.GetFullPath(Path.Combine(root, path));
        if (!full.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"Refusing to write outside the output folder: {path}");
        }
        return full;
    }
}
