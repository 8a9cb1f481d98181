namespace Kyodo.Tests.Testing;

/// <summary>A fresh folder under the system temp folder, deleted when the test ends.</summary>
public sealed class TempDir : IDisposable
{
    public TempDir()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "kyodo-test-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    public string Combine(params string[] parts) => System.IO.Path.Combine([Path, .. parts]);

    public string Write(string relative, string text)
    {
        var full = Combine(relative);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(full)!);
        File.WriteAllText(full, text);
        return full;
    }

    public void Dispose()
    {
        try
        {
            if (Directory.Exists(Path)) Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // A file still open by a finishing process; the OS cleans temp eventually.
        }
    }

    /// <summary>A mutable copy of the repository's data, content and theme in this folder, and the paths to build it.</summary>
    public Kyodo.Loading.SitePaths CopyOfRepository()
    {
        foreach (var folder in new[] { "data", "input", "theme" })
        {
            CopyTree(System.IO.Path.Combine(Repo.Root, folder), Combine(folder));
        }
        return Kyodo.Loading.SitePaths.For(Path);
    }

    /// <summary>Copies a folder tree (used to make a mutable copy of the shipped data).</summary>
    public static void CopyTree(string from, string to)
    {
        foreach (var dir in Directory.GetDirectories(from, "*", SearchOption.AllDirectories))
        {
            Directory.CreateDirectory(System.IO.Path.Combine(to, System.IO.Path.GetRelativePath(from, dir)));
        }
        Directory.CreateDirectory(to);
        foreach (var file in Directory.GetFiles(from, "*", SearchOption.AllDirectories))
        {
            File.Copy(file, System.IO.Path.Combine(to, System.IO.Path.GetRelativePath(from, file)), overwrite: true);
        }
    }
}
