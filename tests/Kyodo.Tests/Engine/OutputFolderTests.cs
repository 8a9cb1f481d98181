using Kyodo.Engine;
using Kyodo.Pipelines;
using Kyodo.Tests.Corpus;

namespace Kyodo.Tests.Engine;

/// <summary>
/// A build replaces its output folder as a whole, so it must never replace a folder that holds someone's
/// files: only an empty folder or one an earlier build made and that holds nothing else (issue 22, item 1).
/// </summary>
public sealed class OutputFolderTests
{
    private static BuildResult Build(Workspace w, string output, bool force = false) =>
        SiteBuilder.Build(w.Paths, new BuildOptions { OutputDirectory = output, RunNodeTools = false, Force = force });

    [Fact]
    public void FolderWithSomeonesFiles_IsRefused_AndKeptAsItWas()
    {
        using var w = new Workspace();
        var output = w.Full("out");
        w.Write("out/docs/precious.txt", "a");

        var result = Build(w, output);

        Assert.False(result.Success);
        var error = Assert.Single(result.Diagnostics, d => d.IsError);
        Assert.Equal("KY017", error.Code);
        Assert.Contains("docs/precious.txt", error.Format(), StringComparison.Ordinal);
        Assert.Contains("--force", error.Format(), StringComparison.Ordinal);
        Assert.Equal("a", w.Read("out/docs/precious.txt"));
        Assert.False(Directory.Exists(AtomicOutput.StagingPathFor(output)));
    }

    [Fact]
    public void Force_ReplacesAFolderNoBuildMade()
    {
        using var w = new Workspace();
        var output = w.Full("out");
        w.Write("out/docs/precious.txt", "a");

        var result = Build(w, output, force: true);

        Assert.True(result.Success, string.Join("\n", result.Diagnostics.Select(d => d.Format())));
        Assert.False(File.Exists(w.Full("out/docs/precious.txt")));
        Assert.True(File.Exists(Path.Combine(output, "index.html")));
    }

    [Fact]
    public void FolderABuildMade_IsReplaced_UntilSomeoneAddsAFile()
    {
        using var w = new Workspace();
        var output = w.Full("_site");
        Directory.CreateDirectory(output);

        Assert.True(Build(w, output).Success, "an empty folder may be replaced");
        var manifest = File.ReadAllLines(Path.Combine(output, OutputFolder.ManifestName));
        Assert.Contains("index.html", manifest);
        Assert.True(Build(w, output).Success, "a folder the last build made may be replaced");

        File.WriteAllText(Path.Combine(output, "notes.txt"), "mine");
        var refused = Build(w, output);

        Assert.False(refused.Success);
        var error = Assert.Single(refused.Diagnostics, d => d.IsError);
        Assert.Equal("KY017", error.Code);
        Assert.Contains("notes.txt", error.Format(), StringComparison.Ordinal);
        Assert.Equal("mine", File.ReadAllText(Path.Combine(output, "notes.txt")));
    }

    [Fact]
    public void StagingFolderOfAnInterruptedBuild_IsRemovedAtTheNextStart()
    {
        using var w = new Workspace();
        var output = w.Full("_site");
        var staging = AtomicOutput.PrepareStaging(output);
        File.WriteAllText(Path.Combine(staging, "half.html"), "interrupted");

        // The next build removes it even when it fails on its data.
        w.Write("data/site.yaml", "broken: [");
        Assert.False(Build(w, output).Success);

        Assert.False(Directory.Exists(staging));
    }

    [Fact]
    public void FolderNamedLikeTheStagingFolder_ThatNoBuildMade_IsNeverDeleted()
    {
        using var w = new Workspace();
        var output = w.Full("_site");
        w.Write("_site.staging/mine.txt", "mine");
        w.Write("_site.old/mine.txt", "mine too");

        var result = Build(w, output);

        Assert.False(result.Success);
        Assert.Equal(2, result.Diagnostics.Count(d => d.Code == "KY018"));
        Assert.Equal("mine", w.Read("_site.staging/mine.txt"));
        Assert.Equal("mine too", w.Read("_site.old/mine.txt"));
    }
}
