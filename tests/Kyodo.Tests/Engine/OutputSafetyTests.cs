using Kyodo.Engine;
using Kyodo.Loading;
using Kyodo.Pipelines;
using Kyodo.Tests.Corpus;
using Kyodo.Tests.Testing;

namespace Kyodo.Tests.Engine;

/// <summary>No data can make a build write outside its output folder, or inside data/ and input/.</summary>
public sealed class OutputSafetyTests
{
    private static Dictionary<string, string> Snapshot(string folder, string? except = null) =>
        Directory.GetFiles(folder, "*", SearchOption.AllDirectories)
            .Where(f => except is null || !f.StartsWith(except, StringComparison.Ordinal))
            .ToDictionary(f => Path.GetRelativePath(folder, f),
                f => Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(f))) + File.GetLastWriteTimeUtc(f).Ticks);

    public static TheoryData<string> HostileIds => new()
    {
        "../../../../escaped", "..", "../x", "/tmp/escaped", "C:\\escaped", "a/../../b", "%2e%2e%2fx", "p001/../..",
        "con", "nul", "com1", "lpt9", "CON", "index", "en", "assets", " p004", "p004\u0000", "ｐ００４",
    };

    [Theory]
    [MemberData(nameof(HostileIds))]
    public void Build_HostileProjectId_IsRefusedOrStaysInsideTheOutputFolder(string id)
    {
        using var w = new Workspace();
        var quoted = "\"" + id.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
        w.AppendLine("data/sample/projects.csv", quoted + ",,");
        w.AppendLine("data/sample/project_years.csv", quoted + ",2021,9,9,1,new,事業,,koho-kocho,,,,,,,,none,sample-2021-report,,");
        var outside = Snapshot(w.Root, except: w.Full("_site"));

        var result = SiteBuilder.Build(w.Paths, new BuildOptions { OutputDirectory = w.Full("_site"), RunNodeTools = false });

        // Either the ID is refused with a finding, or (index, en, assets are fine under projects/; spaces a
        // spreadsheet does not show are ignored) the page is inside.
        if (result.Success)
        {
            Assert.True(File.Exists(Path.Combine(w.Full("_site"), "projects", id.Trim(), "index.html")));
        }
        else
        {
            Assert.Contains(result.Diagnostics, d => d.Code is "KY038" or "KY043" or "KY004");
        }
        Assert.Equal(outside, Snapshot(w.Root, except: w.Full("_site")));
        Assert.False(Directory.Exists(Path.Combine(Path.GetTempPath(), "escaped")));
    }

    [Theory]
    [InlineData("con")]
    [InlineData("nul")]
    [InlineData("index")]
    [InlineData("en")]
    [InlineData("projects")]
    [InlineData("assets")]
    [InlineData("data")]
    public void Build_ContentPageWithAReservedName_IsRefused(string name)
    {
        using var w = new Workspace();
        w.Write($"input/ja/{name}.md", "---\ntitle: 題名\n---\n本文\n");
        w.Write($"input/en/{name}.md", "---\ntitle: Title\n---\nText\n");

        var result = SiteBuilder.Build(w.Paths, new BuildOptions { OutputDirectory = w.Full("_site"), RunNodeTools = false });

        Assert.False(result.Success);
        Assert.Equal(["KY043", "KY043"], result.Diagnostics.Select(d => d.Code));
    }

    [Theory]
    [InlineData("../x")]
    [InlineData("/etc/x")]
    [InlineData("a/../../b")]
    [InlineData("a//b")]
    [InlineData("C:/x")]
    [InlineData("a\\b")]
    [InlineData("projects/con/index.html")]
    [InlineData("data/nul.json")]
    [InlineData("x/./y")]
    public void OutputSet_UnsafePath_IsRefused(string path)
    {
        var output = new OutputSet();

        Assert.Throws<OutputPathException>(() => output.AddText(path, "x"));
        Assert.Equal(0, output.Count);
    }

    [Fact]
    public void OutputSet_SamePathTwice_IsAConflict()
    {
        var output = new OutputSet();
        output.AddText("about/index.html", "a");

        var ex = Assert.Throws<OutputPathException>(() => output.AddText("about/index.html", "b"));
        Assert.True(ex.IsConflict);
    }

    [Fact]
    public void Build_NeverWritesInsideDataOrInput()
    {
        using var temp = new TempDir();
        temp.CopyOfRepository();
        var data = Snapshot(temp.Combine("data"));
        var input = Snapshot(temp.Combine("input"));
        var paths = SitePaths.For(temp.Path);

        var built = SiteBuilder.Build(paths, new BuildOptions { OutputDirectory = temp.Combine("_site"), RunNodeTools = false });
        var intoData = SiteBuilder.Build(paths, new BuildOptions { OutputDirectory = temp.Combine("data", "site"), RunNodeTools = false });
        var intoInput = SiteBuilder.Build(paths, new BuildOptions { OutputDirectory = temp.Combine("input"), RunNodeTools = false });
        var overData = SiteBuilder.Build(paths, new BuildOptions { OutputDirectory = temp.Path, RunNodeTools = false });

        Assert.True(built.Success);
        Assert.All([intoData, intoInput, overData], r => Assert.Equal("KY008", Assert.Single(r.Diagnostics).Code));
        Assert.Equal(data, Snapshot(temp.Combine("data")));
        Assert.Equal(input, Snapshot(temp.Combine("input")));
        Assert.False(Directory.Exists(temp.Combine("data", "site")));
    }
}
