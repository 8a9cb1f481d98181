using System.Text;
using Kyodo.Engine;
using Kyodo.Loading;
using Kyodo.Pipelines;
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
        AssertSameFiles(first.Output, second.Output);
    }

    [Fact]
    public void Builds_FromCopiesInDifferentFolders_AreByteIdentical_AndNameNoLocalPath()
    {
        using var a = new TempDir();
        using var b = new TempDir();
        foreach (var temp in new[] { a, b })
        {
            temp.CopyOfRepository();
        }
        // Files written in another order, with other timestamps, must not change the site.
        File.SetLastWriteTimeUtc(b.Combine("data", "koriyama", "projects.csv"), new DateTime(2001, 1, 1, 0, 0, 0, DateTimeKind.Utc));

        var first = SiteBuilder.Build(SitePaths.For(a.Path), new BuildOptions { OutputDirectory = a.Combine("_site"), RunNodeTools = false });
        var second = SiteBuilder.Build(SitePaths.For(b.Path), new BuildOptions { OutputDirectory = b.Combine("out", "site"), RunNodeTools = false });

        Assert.True(first.Success && second.Success);
        AssertSameFiles(a.Combine("_site"), b.Combine("out", "site"));
        var leaks = Directory.GetFiles(a.Combine("_site"), "*", SearchOption.AllDirectories)
            .Where(f => Encoding.UTF8.GetString(File.ReadAllBytes(f)) is var text && (text.Contains(a.Path, StringComparison.Ordinal) || text.Contains(Repo.Root, StringComparison.Ordinal)))
            .ToList();
        Assert.Empty(leaks);
    }

    [Fact]
    public void Build_WritingFilesAsItGoes_EqualsABuildThatHoldsThemToTheEnd()
    {
        using var temp = new TempDir();
        var held = SiteBuilder.Build(Repo.Paths, new BuildOptions { OutputDirectory = temp.Combine("held"), RunNodeTools = false, SpillAboveBytes = null });
        // From the first byte on, every file goes to the staging folder when it is made (a nation-sized site's path).
        var spilled = SiteBuilder.Build(Repo.Paths, new BuildOptions { OutputDirectory = temp.Combine("spilled"), RunNodeTools = false, SpillAboveBytes = 0 });

        Assert.True(held.Success && spilled.Success);
        Assert.Equal(held.FileCount, spilled.FileCount);
        AssertSameFiles(temp.Combine("held"), temp.Combine("spilled"));
        Assert.False(Directory.Exists(temp.Combine("spilled.staging")));
    }

    [Fact]
    public void FailedBuilds_ReportTheSameFindingsInTheSameOrder()
    {
        using var w = new Kyodo.Tests.Corpus.Workspace();
        Kyodo.Tests.Corpus.CorpusCases.Get("many/all-errors-in-one-run").Arrange(w);

        var first = SiteBuilder.Build(w.Paths, new BuildOptions { OutputDirectory = w.Full("_site"), RunNodeTools = false });
        var second = SiteBuilder.Build(w.Paths, new BuildOptions { OutputDirectory = w.Full("_site"), RunNodeTools = false });

        Assert.Equal(first.Diagnostics.Select(d => d.Format()), second.Diagnostics.Select(d => d.Format()));
    }

    private static void AssertSameFiles(string first, string second)
    {
        var files = Directory.GetFiles(first, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(first, f)).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(files, Directory.GetFiles(second, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(second, f)).Order(StringComparer.Ordinal).ToList());
        var different = files.Where(f => !File.ReadAllBytes(Path.Combine(first, f)).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(second, f)))).ToList();
        Assert.Empty(different);
    }
}
