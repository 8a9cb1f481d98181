using Kyodo.Diagnostics;

namespace Kyodo.Engine;

/// <summary>
/// How commands that change the data (scaffolds, imports, the published-URL list) write files: never over
/// an existing file unless asked (<c>--force</c>), and all-or-nothing. Each file is written in full to a
/// temporary file beside its target, then moved into place, so a crash or a full disk never leaves a
/// half-written CSV for the clerk to find; when one file of a set fails, none of the set is changed.
/// </summary>
public static class SafeWrite
{
    /// <summary>A file to write: its full path, its content, and the path to show in messages.</summary>
    public sealed record Item(string Path, ReadOnlyMemory<byte> Content, string Display);

    /// <summary>
    /// Writes every item or none. Existing targets are refused (one finding each, nothing written) unless
    /// <paramref name="overwrite"/>; then they are replaced, and restored if a later item fails.
    /// </summary>
    public static IReadOnlyList<Diagnostic> WriteAll(IReadOnlyList<Item> items, bool overwrite)
    {
        if (items.GroupBy(i => System.IO.Path.GetFullPath(i.Path), StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1) is { } twice)
        {
            throw new ArgumentException($"The same file is written twice: {twice.Key}", nameof(items));
        }
        var refused = items.Where(i => File.Exists(i.Path) && !overwrite).Select(i => Messages.FileExists(new SourceLocation(i.Display))).ToList();
        if (refused.Count > 0) return refused;

        var temps = new List<(Item Item, string Temp)>();
        var done = new List<(Item Item, string? Backup)>();
        try
        {
            foreach (var item in items)
            {
                Directory.CreateDirectory(System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(item.Path))!);
                var temp = TempBeside(item.Path, "new");
                temps.Add((item, temp));
                using (var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None))
                {
                    stream.Write(item.Content.Span);
                    stream.Flush(flushToDisk: true);
                }
            }
            foreach (var (item, temp) in temps)
            {
                string? backup = null;
                if (File.Exists(item.Path))
                {
                    backup = TempBeside(item.Path, "old");
                    File.Move(item.Path, backup);
                }
                done.Add((item, backup));
                File.Move(temp, item.Path);
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // Put back what was there before, in reverse order, and remove what was not.
            foreach (var (item, backup) in Enumerable.Reverse(done))
            {
                if (File.Exists(item.Path)) File.Delete(item.Path);
                if (backup is not null) File.Move(backup, item.Path);
            }
            foreach (var (_, temp) in temps.Where(t => File.Exists(t.Temp))) File.Delete(temp);
            return [Messages.WriteFailed(new SourceLocation(done.Count > 0 ? done[^1].Item.Display : items[0].Display), ex.Message)];
        }
        foreach (var (_, backup) in done.Where(d => d.Backup is not null)) File.Delete(backup!);
        return [];
    }

    /// <summary>One file, all or nothing; refused when it exists unless <paramref name="overwrite"/>.</summary>
    public static IReadOnlyList<Diagnostic> Write(string path, ReadOnlyMemory<byte> content, string display, bool overwrite) =>
        WriteAll([new Item(path, content, display)], overwrite);

    private static string TempBeside(string path, string kind) =>
        System.IO.Path.Combine(System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(path))!,
            $".{System.IO.Path.GetFileName(path)}.{kind}-{Guid.NewGuid():N}.tmp");
}
