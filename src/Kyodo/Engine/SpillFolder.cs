namespace Kyodo.Engine;

/// <summary>
/// The staging folder a large build writes its files into as they are made, instead of holding them all in
/// memory until the end (a nation-sized site is gigabytes). <see cref="Root"/> follows the folder when the
/// finished build is swapped into place, so files written earlier can still be read back.
/// </summary>
public sealed class SpillFolder(string root)
{
    public string Root { get; set; } = Path.GetFullPath(root).TrimEnd(Path.DirectorySeparatorChar);

    public string FullPath(string path)
    {
        var full = Path.GetFullPath(Path.Combine(Root, path));
        if (!full.StartsWith(Root + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"Refusing to write outside the output folder: {path}");
        }
        return full;
    }

    public void Write(string path, ReadOnlySpan<byte> content)
    {
        var full = FullPath(path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        using var stream = new FileStream(full, FileMode.CreateNew, FileAccess.Write, FileShare.None, bufferSize: 0);
        stream.Write(content);
    }
}
