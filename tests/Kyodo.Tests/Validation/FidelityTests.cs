using Kyodo.Diagnostics;
using Kyodo.Loading;
using Kyodo.Tests.Testing;
using Kyodo.Validation;

namespace Kyodo.Tests.Validation;

/// <summary>Every name, text and figure of data/ must be found in the source document its row cites.</summary>
public sealed class FidelityTests
{
    [Fact]
    public void ShippedData_IsFoundInItsSourceDocuments()
    {
        if (!Directory.Exists(Repo.Seeds))
        {
            // The source documents live beside the repository (../shared/seeds); CI always has them.
            return;
        }
        var site = SiteLoader.Load(Repo.Paths, new DiagnosticBag())!;

        var results = site.Plans.Select(p => (p.Id, Result: FidelityCheck.Run(p, Repo.Seeds))).ToList();

        foreach (var (id, result) in results)
        {
            Assert.Empty(result.MissingDocuments);
            var entries = site.Plans.Single(p => p.Id == id).Entries.Count;
            Assert.True(result.Checked > entries, $"{id}: only {result.Checked} checks ran for {entries} entries");
        }
        Assert.True(results.Sum(r => r.Result.Checked) > 500, $"only {results.Sum(r => r.Result.Checked)} checks ran");
        Assert.Empty(results.SelectMany(r => r.Result.Findings).Select(f => f.ToString()));
    }

    [Fact]
    public void FidelityCheck_FindsAFigureThatIsNotInTheSource()
    {
        if (!Directory.Exists(Repo.Seeds)) return;
        using var temp = new TempDir();
        TempDir.CopyTree(Path.Combine(Repo.Root, "data"), temp.Combine("data"));
        var file = temp.Combine("data", "koriyama", "indicator_values.csv");
        File.WriteAllText(file, File.ReadAllText(file).Replace("67.6%", "67.9%", StringComparison.Ordinal).Replace(",67.6,", ",67.9,", StringComparison.Ordinal));
        var site = SiteLoader.Load(SitePaths.For(temp.Path), new DiagnosticBag())!;

        var result = FidelityCheck.Run(site.PrimaryPlan, Repo.Seeds);

        Assert.Contains(result.Findings, f => f.Table == "indicator_values" && f.Value == "67.9%");
    }
}
