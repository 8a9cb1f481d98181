using Kyodo.Pipelines;
using Kyodo.Tests.Testing;

namespace Kyodo.Tests.Engine;

/// <summary><c>validate</c> fails what <c>build</c> fails, the published-URL check (KY070) included (issue 22, item 6).</summary>
public sealed class ValidateLikeBuildTests
{
    [Fact]
    public void PlanRemovedFromSiteYaml_FailsValidateWithEveryVanishingUrl()
    {
        using var temp = new TempDir();
        var paths = temp.CopyOfRepository();
        var site = Path.Combine(paths.Data, "site.yaml");
        File.WriteAllText(site, File.ReadAllText(site).Replace("  - nasushiobara\n", "", StringComparison.Ordinal));
        var listed = File.ReadAllLines(Path.Combine(paths.Data, "published-urls.txt")).Count(l => l.StartsWith("/nasushiobara/", StringComparison.Ordinal));

        var found = SiteBuilder.Validate(paths);

        var vanished = found.Where(d => d.Code == "KY070").ToList();
        Assert.True(listed > 0);
        Assert.True(vanished.Count >= listed, $"{vanished.Count} KY070 for {listed} URLs of the removed plan");
        Assert.All(vanished, d => Assert.True(d.IsError));
        Assert.Contains(vanished, d => d.MessageEn.Contains("/nasushiobara/", StringComparison.Ordinal));
        Assert.Empty(Directory.GetDirectories(temp.Path, "_site*"));
    }

    [Fact]
    public void ShippedSite_ValidatesClean()
    {
        Assert.Empty(SiteBuilder.Validate(Repo.Paths).Select(d => d.Format()));
    }
}
