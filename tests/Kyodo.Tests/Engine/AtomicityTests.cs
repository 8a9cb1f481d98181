using Kyodo.Engine;
using Kyodo.Pipelines;
using Kyodo.Tests.Testing;

namespace Kyodo.Tests.Engine;

public sealed class AtomicityTests
{
    [Fact]
    public void BuildWithBadData_LeavesExistingOutputExactlyAsItWas()
    {
        using var temp = new TempDir();
        var paths = temp.CopyOfRepository();
        var output = temp.Combine("_site");
        var good = SiteBuilder.Build(paths, new BuildOptions { OutputDirectory = output, RunNodeTools = false });
        Assert.True(good.Success);
        File.WriteAllText(Path.Combine(output, "marker.txt"), "previous site");
        var before = Snapshot(output);

        // Given data broken the way a clerk might break it: a Japanese-era year and an upper-case ID
        File.AppendAllText(temp.Combine("data", "koriyama", "indicator_values.csv"), "community-attachment,R2,70,reported,,koriyama-2020-report,,\n");
        File.AppendAllText(temp.Combine("data", "koriyama", "projects.csv"), "P-BAD,,\n");

        var bad = SiteBuilder.Build(paths, new BuildOptions { OutputDirectory = output, RunNodeTools = false });

        Assert.False(bad.Success);
        Assert.True(bad.Diagnostics.Count(d => d.IsError) >= 2, "every error is listed, not only the first");
        Assert.Equal(before, Snapshot(output));
        Assert.False(Directory.Exists(AtomicOutput.StagingPathFor(output)));
    }

    [Fact]
    public void BuildFailingAfterItsFilesWereWritten_LeavesExistingOutputExactlyAsItWas()
    {
        using var temp = new TempDir();
        var paths = temp.CopyOfRepository();
        var output = temp.Combine("_site");
        // Every file goes to the staging folder as soon as it is made, as on a nation-sized site.
        var options = new BuildOptions { OutputDirectory = output, RunNodeTools = false, SpillAboveBytes = 0 };
        Assert.True(SiteBuilder.Build(paths, options).Success);
        var before = Snapshot(output);

        // Valid data, but a page published before is gone: the build fails only once every page was written.
        File.AppendAllText(temp.Combine("data", "published-urls.txt"), "/projects/p999/\n");

        var bad = SiteBuilder.Build(paths, options);

        Assert.False(bad.Success);
        Assert.Contains(bad.Diagnostics, d => d.IsError && d.Format().Contains("/projects/p999/", StringComparison.Ordinal));
        Assert.Equal(before, Snapshot(output));
        Assert.False(Directory.Exists(AtomicOutput.StagingPathFor(output)));
    }

    private static Dictionary<string, string> Snapshot(string folder) =>
        Directory.GetFiles(folder, "*", SearchOption.AllDirectories).ToDictionary(
            f => Path.GetRelativePath(folder, f),
            f => Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(f))));
}
