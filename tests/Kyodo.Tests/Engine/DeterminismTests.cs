using Kyodo.Tests.Testing;

namespace Kyodo.Tests.Engine;

public sealed class DeterminismTests
{
    [Fact]
    public void TwoBuilds_OfTheSameInput_AreByteIdentical()
    {
        using var first = new SiteBuild();
        using var second = new SiteBuild();

        Assert.True(first.Result.Success);
        var files = first.Files().ToList();
        Assert.Equal(files, second.Files().ToList());
        var different = files.Where(f => !File.ReadAllBytes(Path.Combine(first.Output, f)).AsSpan()
            .SequenceEqual(File.ReadAllBytes(Path.Combine(second.Output, f)))).ToList();
        Assert.Empty(different);
    }
}
