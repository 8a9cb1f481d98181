using System.Security.Cryptography;
using System.Text;

namespace Kyodo.Imaging;

/// <summary>
/// Drawn PNGs kept by the hash of everything they are drawn from, in a folder outside the repository, so that a
/// build draws only the images whose content changed. The folder is <c>$KYODO_CACHE</c>, else
/// <c>$XDG_CACHE_HOME/kyodo</c>, else <c>~/.cache/kyodo</c>. A cache that cannot be read or written only
/// costs time: the image is drawn instead.
/// </summary>
internal sealed class ImageCache
{
    private long _hits;
    private long _misses;

    public ImageCache(string? folder) => Folder = folder is null ? null : Path.Combine(folder, "images");

    /// <summary>Where images are kept; null when no cache folder is known (nothing is kept).</summary>
    public string? Folder { get; }

    public long Hits => Interlocked.Read(ref _hits);
    public long Misses => Interlocked.Read(ref _misses);

    /// <summary>The cache folder of this machine and user (see the class summary), or null.</summary>
    public static string? DefaultFolder()
    {
        if (Environment.GetEnvironmentVariable("KYODO_CACHE") is { Length: > 0 } own) return own;
        var xdg = Environment.GetEnvironmentVariable("XDG_CACHE_HOME");
        if (xdg is { Length: > 0 }) return Path.Combine(xdg, "kyodo");
        var home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        return home.Length > 0 ? Path.Combine(home, ".cache", "kyodo") : null;
    }

    /// <summary>The image drawn from <paramref name="key"/>: from the cache, else drawn now and kept.</summary>
    public byte[] GetOrDraw(string key, Func<byte[]> draw)
    {
        if (Folder is null)
        {
            Interlocked.Increment(ref _misses);
            return draw();
        }
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));
        var path = Path.Combine(Folder, hash[..2], hash + ".png");
        try
        {
            if (File.Exists(path))
            {
                var kept = File.ReadAllBytes(path);
                Interlocked.Increment(ref _hits);
                return kept;
            }
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
        Interlocked.Increment(ref _misses);
        var png = draw();
        Keep(path, png);
        return png;
    }

    /// <summary>Written beside and moved into place: a build at the same time never reads half a file.</summary>
    private static void Keep(string path, byte[] png)
    {
        var temp = path + "." + Guid.NewGuid().ToString("N") + ".tmp";
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllBytes(temp, png);
            File.Move(temp, path, overwrite: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            try
            {
                File.Delete(temp);
            }
            catch (Exception f) when (f is IOException or UnauthorizedAccessException)
            {
            }
        }
    }
}
