using System.Text;
using Kyodo.Engine;

namespace Kyodo.Tests.Engine;

public sealed class OutputSetTests
{
    [Fact]
    public void Add_BeyondTheThreshold_KeepsFilesCompressed_AndGivesBackTheSameBytes()
    {
        var output = new OutputSet(compressAbove: 4096);
        var pages = Enumerable.Range(0, 20).Select(i => (Path: $"p{i}/index.html", Bytes: Encoding.UTF8.GetBytes(
            $"<!DOCTYPE html><p>{string.Concat(Enumerable.Repeat($"事業 {i} の取組状況。", 200))}</p>"))).ToList();

        foreach (var (path, bytes) in pages) output.Add(path, bytes);

        foreach (var (path, bytes) in pages)
        {
            var file = output.Get(path)!;
            Assert.Equal(bytes, file.Content.ToArray());
            Assert.Equal(bytes.Length, file.Length);
        }
        Assert.Equal(pages.Select(p => p.Path).Order(StringComparer.Ordinal), output.Files.Select(f => f.Path));
    }

    [Fact]
    public void Add_SamePathTwice_Throws()
    {
        var output = new OutputSet();
        output.AddText("a.html", "a");

        Assert.Throws<OutputPathException>(() => output.AddText("a.html", "b"));
    }
}
