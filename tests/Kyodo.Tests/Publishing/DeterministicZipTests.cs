using System.IO.Compression;
using System.Text;
using Kyodo.Publishing;

namespace Kyodo.Tests.Publishing;

public sealed class DeterministicZipTests
{
    private static (string, ReadOnlyMemory<byte>) Entry(string path, string text) => (path, Encoding.UTF8.GetBytes(text));

    [Fact]
    public void Create_SameEntriesInAnyOrder_GivesIdenticalBytes()
    {
        var first = DeterministicZip.Create([Entry("d/b.csv", "b"), Entry("d/a.csv", "a")]);
        Thread.Sleep(1100);
        var second = DeterministicZip.Create([Entry("d/a.csv", "a"), Entry("d/b.csv", "b")]);

        Assert.Equal(first, second);
    }

    [Fact]
    public void Create_EntriesAreSortedWithTheFixedTimestampAndContent()
    {
        var bytes = DeterministicZip.Create([Entry("d/b.csv", "二"), Entry("d/a.csv", "一")]);

        using var zip = new ZipArchive(new MemoryStream(bytes));
        Assert.Equal(["d/a.csv", "d/b.csv"], zip.Entries.Select(e => e.FullName));
        Assert.All(zip.Entries, e => Assert.Equal(DeterministicZip.EntryTime.DateTime, e.LastWriteTime.DateTime));
        using var reader = new StreamReader(zip.GetEntry("d/b.csv")!.Open());
        Assert.Equal("二", reader.ReadToEnd());
    }
}
