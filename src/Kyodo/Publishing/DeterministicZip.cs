using System.IO.Compression;

namespace Kyodo.Publishing;

/// <summary>
/// A zip archive whose bytes depend only on its entries: entries in path order, every timestamp fixed, the
/// same compression for every file. Two builds of the same data give the same archive.
/// </summary>
public static class DeterministicZip
{
    /// <summary>The time stamped on every entry (zip has no "unknown"; 1980-01-01, its earliest, would read as a mistake).</summary>
    public static readonly DateTimeOffset EntryTime = new(2000, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public static byte[] Create(IEnumerable<(string Path, ReadOnlyMemory<byte> Content)> entries)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (path, content) in entries.OrderBy(e => e.Path, StringComparer.Ordinal))
            {
                var entry = zip.CreateEntry(path, CompressionLevel.Optimal);
                entry.LastWriteTime = EntryTime;
                // Regular file, rw-r--r--, so that unzip on Unix gives readable files.
                entry.ExternalAttributes = unchecked((int)(0x81A4u << 16));
                using var stream = entry.Open();
                stream.Write(content.Span);
            }
        }
        return buffer.ToArray();
    }
}
