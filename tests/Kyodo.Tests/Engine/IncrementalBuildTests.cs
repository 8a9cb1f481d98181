using Kyodo.Engine;
using Kyodo.Loading;
using Kyodo.Pipelines;
using Kyodo.Tests.Testing;

namespace Kyodo.Tests.Engine;

public sealed class IncrementalBuildTests : IDisposable
{
    private readonly TempDir _temp = new();
    private readonly SitePaths _paths;

    public IncrementalBuildTests()
    {
        // A mutable copy of the shipped data and content; the theme stays the repository's.
        TempDir.CopyTree(Repo.Paths.Data, _temp.Combine("data"));
        TempDir.CopyTree(Repo.Paths.Input, _temp.Combine("input"));
        _paths = SitePaths.For(Repo.Root, _temp.Combine("data"), _temp.Combine("input"));
    }

    public void Dispose() => _temp.Dispose();

    private BuildOptions Options(string output) => new() { OutputDirectory = _temp.Combine(output), RunNodeTools = false };

    private void Edit(string relative, Func<string, string> change)
    {
        var path = _temp.Combine(relative);
        var before = File.ReadAllText(path);
        var after = change(before);
        Assert.NotEqual(before, after);
        File.WriteAllText(path, after);
    }

    private void AssertSameFiles(string expected, string actual)
    {
        static List<string> List(string root) => Directory.GetFiles(root, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(root, f)).Order(StringComparer.Ordinal).ToList();
        var files = List(_temp.Combine(expected));
        Assert.Equal(files, List(_temp.Combine(actual)));
        var different = files.Where(f => !File.ReadAllBytes(Path.Combine(_temp.Combine(expected), f)).AsSpan()
            .SequenceEqual(File.ReadAllBytes(Path.Combine(_temp.Combine(actual), f)))).ToList();
        Assert.Empty(different);
    }

    [Fact]
    public void Build_AfterEditingOneRow_WritesOnlyChangedFiles_AndEqualsAFullBuild()
    {
        var builder = SiteBuilder.Incremental(_paths, Options("live"));
        var first = builder.Build();
        Assert.True(first.Success, string.Join("\n", first.Diagnostics.Select(d => d.Format())));

        Edit("data/koriyama/project_years.csv", csv => csv.Replace("p001,2025,1,1,1,continued,人材育成推進事業,", "p001,2025,1,1,1,continued,人材育成推進事業（改称）,", StringComparison.Ordinal));
        var second = builder.Build();
        var full = SiteBuilder.Build(_paths, Options("full"));

        Assert.True(second.Success, string.Join("\n", second.Diagnostics.Select(d => d.Format())));
        Assert.True(full.Success);
        // The project's pages, the lists that name it (measure, year, department, SDG, index pages) and the CSV download.
        Assert.InRange(second.FilesWritten, 3, 40);
        Assert.Equal(0, second.FilesDeleted);
        Assert.Contains("人材育成推進事業（改称）", File.ReadAllText(_temp.Combine("live", "projects", "p001", "index.html")));
        AssertSameFiles("full", "live");
    }

    [Fact]
    public void Build_AfterAFirstBuildThatWroteAsItWent_ComparesAgainstTheFilesOnDisk_AndEqualsAFullBuild()
    {
        // Every file of the first build goes straight to the staging folder, as on a nation-sized site.
        var builder = SiteBuilder.Incremental(_paths, Options("live") with { SpillAboveBytes = 0 });
        Assert.True(builder.Build().Success);

        Edit("data/koriyama/project_years.csv", csv => csv.Replace("p001,2025,1,1,1,continued,人材育成推進事業,", "p001,2025,1,1,1,continued,人材育成推進事業（改称）,", StringComparison.Ordinal));
        var second = builder.Build();
        Assert.True(SiteBuilder.Build(_paths, Options("full")).Success);

        Assert.True(second.Success, string.Join("\n", second.Diagnostics.Select(d => d.Format())));
        Assert.InRange(second.FilesWritten, 3, 40);
        AssertSameFiles("full", "live");
    }

    [Fact]
    public void Build_AfterRemovingAPage_DeletesItsFiles_AndEqualsAFullBuild()
    {
        foreach (var lang in new[] { "ja", "en" })
        {
            _temp.Write($"input/{lang}/extra.md", "---\ntitle: Extra\norder: 90\n---\n\nText.\n");
        }
        var builder = SiteBuilder.Incremental(_paths, Options("live"));
        Assert.True(builder.Build().Success);
        Assert.True(File.Exists(_temp.Combine("live", "extra", "index.html")));

        File.Delete(_temp.Combine("input", "ja", "extra.md"));
        File.Delete(_temp.Combine("input", "en", "extra.md"));
        var second = builder.Build();
        SiteBuilder.Build(_paths, Options("full"));

        Assert.True(second.Success);
        Assert.Equal(2, second.FilesDeleted);
        Assert.False(Directory.Exists(_temp.Combine("live", "extra")));
        AssertSameFiles("full", "live");
    }

    [Fact]
    public void Build_WithoutChanges_RebuildsNothing_AndAFailedRebuildLeavesTheSite()
    {
        var builder = SiteBuilder.Incremental(_paths, Options("live"));
        Assert.True(builder.Build().Success);
        var page = _temp.Combine("live", "projects", "p001", "index.html");
        var before = File.ReadAllBytes(page);

        Assert.True(builder.Build().Unchanged);

        Edit("data/koriyama/project_years.csv", csv => csv.Replace("p001,2025,1,1,1,continued,", "p001,2025,1,x,1,continued,", StringComparison.Ordinal));
        var failed = builder.Build();

        Assert.False(failed.Success);
        Assert.Equal(before, File.ReadAllBytes(page));
    }

    [Fact]
    public void Rebuild_AfterALinkBreaks_ReportsIt_ThoughTheOtherPagesWereCheckedBefore()
    {
        var builder = SiteBuilder.Incremental(_paths, Options("live"));
        Assert.True(builder.Build().Success);

        Edit("input/ja/about.md", md => md + "\n[古い資料](/no-such-page/)\n");
        var broken = builder.Build();
        Edit("input/ja/about.md", md => md.Replace("\n[古い資料](/no-such-page/)\n", "", StringComparison.Ordinal));
        var mended = builder.Build();

        Assert.False(broken.Success);
        Assert.Contains(broken.Diagnostics, d => d.Code == "KY080" && d.Format().Contains("/no-such-page/", StringComparison.Ordinal));
        Assert.True(mended.Success, string.Join("\n", mended.Diagnostics.Select(d => d.Format())));
    }
}
