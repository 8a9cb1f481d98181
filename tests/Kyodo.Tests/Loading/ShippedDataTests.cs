using Kyodo.Diagnostics;
using Kyodo.Loading;
using Kyodo.Tests.Testing;

namespace Kyodo.Tests.Loading;

public sealed class ShippedDataTests
{
    [Fact]
    public void ShippedData_LoadsWithoutErrorsOrWarnings()
    {
        var diagnostics = new DiagnosticBag();

        var site = SiteLoader.Load(Repo.Paths, diagnostics);

        Assert.Empty(diagnostics.Sorted().Select(d => d.Format()));
        Assert.NotNull(site);
    }

    [Fact]
    public void MalformedCsv_GivesErrorNamingFileLineAndColumn()
    {
        using var temp = new TempDir();
        TempDir.CopyTree(Path.Combine(Repo.Root, "data"), temp.Combine("data"));
        var file = temp.Combine("data", "koriyama", "indicator_values.csv");
        var lines = File.ReadAllLines(file).ToList();
        const string broken = "community-attachment,2017,\"unterminated,reported,,koriyama-2020-report,,";
        lines.Insert(3, broken);
        File.WriteAllLines(file, lines);

        var diagnostics = new DiagnosticBag();
        SiteLoader.Load(SitePaths.For(temp.Path), diagnostics);

        var error = Assert.Single(diagnostics.Sorted(), d => d.IsError);
        Assert.Equal("data/koriyama/indicator_values.csv", error.Location.File);
        Assert.Equal(4, error.Location.Line);
        Assert.Equal(broken.IndexOf('"', StringComparison.Ordinal) + 1, error.Location.Column);
        Assert.Contains("\"", error.MessageJa);
    }
}
