using Kyodo.Diagnostics;
using Kyodo.Engine;
using Kyodo.Pipelines;

namespace Kyodo.Tests.Corpus;

/// <summary>The sample data set built once, to compare accepted variants of it against.</summary>
public sealed class SampleSite : IDisposable
{
    private readonly Workspace _workspace = new();

    public SampleSite()
    {
        Output = Path.Combine(_workspace.Root, "_site");
        Result = SiteBuilder.Build(_workspace.Paths, new BuildOptions { OutputDirectory = Output, RunNodeTools = false });
    }

    public string Output { get; }
    public BuildResult Result { get; }

    public void Dispose() => _workspace.Dispose();
}

public sealed class CorpusTests(SampleSite sample) : IClassFixture<SampleSite>
{
    public static TheoryData<string> Cases => CorpusCases.Names();

    [Fact]
    public void Corpus_HasAtLeastSixtyBrokenInputs()
    {
        Assert.True(CorpusCases.All.Count(c => !c.Accepted) >= 60, $"{CorpusCases.All.Count(c => !c.Accepted)} broken inputs");
        Assert.Equal(CorpusCases.All.Count, CorpusCases.All.Select(c => c.Name).Distinct().Count());
    }

    [Fact]
    public void Sample_BuildsWithoutFindings()
    {
        Assert.True(sample.Result.Success, string.Join("\n", sample.Result.Diagnostics.Select(d => d.Format())));
        Assert.Empty(sample.Result.Diagnostics);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Build_CorpusCase_GivesExactlyItsFindingsAndKeepsThePreviousSite(string name)
    {
        var @case = CorpusCases.Get(name);
        using var workspace = new Workspace();
        @case.Arrange(workspace);
        var output = Path.Combine(workspace.Root, "_site");
        Directory.CreateDirectory(Path.Combine(output, "projects"));
        File.WriteAllText(Path.Combine(output, "index.html"), "previous site");
        File.WriteAllText(Path.Combine(output, "projects", "index.html"), "previous project list");
        // The previous site is one a build made: its manifest lists its files.
        OutputFolder.WriteManifest(output);
        var before = Snapshot(output);

        var result = SiteBuilder.Build(workspace.Paths, new BuildOptions { OutputDirectory = output, RunNodeTools = false });

        var found = result.Diagnostics.Select(d => new Expected(d.Code, d.Location.File, d.Location.Line, d.Location.Column, !d.IsError)).ToList();
        Assert.True(Same(@case.Findings, found),
            $"{name}: {@case.What}\nexpected:\n  {string.Join("\n  ", @case.Findings)}\nfound:\n  {string.Join("\n  ", found)}\n\n" +
            string.Join("\n", result.Diagnostics.Select(d => d.Format())));
        foreach (var d in result.Diagnostics) AssertReadable(d);
        foreach (var text in @case.MessageContains)
        {
            Assert.Contains(result.Diagnostics, d => (d.MessageJa + d.FixJa).Contains(text, StringComparison.Ordinal));
            Assert.Contains(result.Diagnostics, d => (d.MessageEn + d.FixEn).Contains(text, StringComparison.Ordinal));
        }

        if (@case.Accepted)
        {
            Assert.True(result.Success);
            if (@case.SameSiteAsSample) AssertSamePages(sample.Output, output);
        }
        else
        {
            Assert.False(result.Success);
            Assert.Equal(before, Snapshot(output));
            Assert.False(Directory.Exists(AtomicOutput.StagingPathFor(output)));
        }
    }

    private static bool Same(IReadOnlyList<Expected> expected, IReadOnlyList<Expected> found) =>
        expected.Order(Comparer).SequenceEqual(found.Order(Comparer));

    private static readonly Comparer<Expected> Comparer = Comparer<Expected>.Create((a, b) =>
        string.CompareOrdinal(a.ToString(), b.ToString()));

    /// <summary>A clerk reads every finding: Japanese in the Japanese parts, English in the English ones, nothing left blank.</summary>
    private static void AssertReadable(Diagnostic d)
    {
        Assert.False(string.IsNullOrWhiteSpace(d.Location.File), d.Format());
        Assert.True(HasJapanese(d.MessageJa) && HasJapanese(d.FixJa), d.Format());
        Assert.True(d.MessageEn.Any(char.IsAsciiLetter) && d.FixEn.Any(char.IsAsciiLetter), d.Format());
        foreach (var text in new[] { d.MessageJa, d.MessageEn, d.FixJa, d.FixEn })
        {
            Assert.DoesNotContain("Exception", text, StringComparison.Ordinal);
            Assert.DoesNotContain(" at Kyodo.", text, StringComparison.Ordinal);
        }
        // English messages quote Japanese data, but their own words are English.
        Assert.False(HasKana(StripQuoted(d.MessageEn)), "Japanese outside quotes in: " + d.MessageEn);
    }

    private static bool HasJapanese(string s) => s.Any(c => c is >= '\u3040' and <= '\u30FF' or >= '\u4E00' and <= '\u9FFF');

    private static bool HasKana(string s) => s.Any(c => c is >= '\u3040' and <= '\u30FF');

    private static string StripQuoted(string s) => System.Text.RegularExpressions.Regex.Replace(s, "\"[^\"]*\"|「[^」]*」|\\([^)]*\\)", "");

    private static void AssertSamePages(string expectedRoot, string actualRoot)
    {
        var expected = Directory.GetFiles(expectedRoot, "*.html", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(expectedRoot, f)).Order(StringComparer.Ordinal).ToList();
        var actual = Directory.GetFiles(actualRoot, "*.html", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(actualRoot, f)).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(expected, actual);
        // The open-data page gives the size of the zip, which holds plan.yaml byte for byte (line ends and BOM included).
        var different = expected.Where(f => !f.Replace('\\', '/').EndsWith("data/index.html", StringComparison.Ordinal))
            .Where(f => File.ReadAllText(Path.Combine(expectedRoot, f)) != File.ReadAllText(Path.Combine(actualRoot, f))).ToList();
        Assert.Empty(different);
    }

    private static Dictionary<string, string> Snapshot(string folder) =>
        Directory.GetFiles(folder, "*", SearchOption.AllDirectories).ToDictionary(
            f => Path.GetRelativePath(folder, f),
            f => Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(f))));
}
