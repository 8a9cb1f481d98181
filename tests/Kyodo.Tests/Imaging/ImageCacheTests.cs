using Kyodo.Imaging;
using Kyodo.Tests.Testing;

namespace Kyodo.Tests.Imaging;

public sealed class ImageCacheTests
{
    [Fact]
    public void GetOrDraw_DrawsOnceAndThenReadsTheKeptImage()
    {
        using var temp = new TempDir();
        var cache = new ImageCache(temp.Path);
        var draws = 0;
        byte[] Draw() => [(byte)++draws, 1, 2, 3];

        var first = cache.GetOrDraw("card a", Draw);
        var again = new ImageCache(temp.Path).GetOrDraw("card a", Draw);
        var other = cache.GetOrDraw("card b", Draw);

        Assert.Equal(first, again);
        Assert.NotEqual(first, other);
        Assert.Equal(2, draws);
        Assert.Equal(2, Directory.GetFiles(temp.Combine("images"), "*.png", SearchOption.AllDirectories).Length);
        Assert.Empty(Directory.GetFiles(temp.Path, "*.tmp", SearchOption.AllDirectories));
    }

    [Fact]
    public void GetOrDraw_InAFolderThatCannotBeMade_DrawsAnyway()
    {
        using var temp = new TempDir();
        var file = temp.Write("not-a-folder", "x");
        var cache = new ImageCache(file);

        Assert.Equal([7], cache.GetOrDraw("key", () => [7]));
        Assert.Equal([7], cache.GetOrDraw("key", () => [7]));
        Assert.Equal(2, cache.Misses);
    }

    [Fact]
    public void DefaultFolder_IsKyodoCacheWhenSet()
    {
        var before = Environment.GetEnvironmentVariable("KYODO_CACHE");
        try
        {
            Environment.SetEnvironmentVariable("KYODO_CACHE", "/tmp/kyodo-cache-test");
            Assert.Equal("/tmp/kyodo-cache-test", ImageCache.DefaultFolder());
        }
        finally
        {
            Environment.SetEnvironmentVariable("KYODO_CACHE", before);
        }
    }
}
