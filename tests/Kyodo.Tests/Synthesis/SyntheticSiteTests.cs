using Kyodo.Engine;
using Kyodo.Loading;
using Kyodo.Pipelines;
using Kyodo.Synthesis;
using Kyodo.Tests.Testing;

namespace Kyodo.Tests.Synthesis;

public sealed class SyntheticSiteTests
{
    private static SitePaths PathsFor(string data) => SitePaths.For(Repo.Root, data);

    [Fact]
    public void Write_SmallSize_ValidatesAndBuilds()
    {
        using var temp = new TempDir();
        var data = temp.Combine("data");

        var summary = SyntheticSite.Write(data, new SynthesisOptions { ProjectYears = 240, Years = 4, ProjectsPerEdition = 30, Seed = 7 });
        var diagnostics = SiteBuilder.Validate(PathsFor(data));
        var build = SiteBuilder.Build(PathsFor(data), new BuildOptions { OutputDirectory = temp.Combine("_site"), RunNodeTools = false, CheckPublishedUrls = false });

        Assert.Equal(2, summary.Plans);
        Assert.Equal(240, summary.ProjectYears);
        Assert.True(summary.LineageEvents > 0 && summary.Metrics > 0 && summary.Relistings > 0, summary.ToString());
        Assert.Empty(diagnostics);
        Assert.True(build.Success, string.Join("\n", build.Diagnostics.Select(d => d.Format())));
        Assert.True(File.Exists(temp.Combine("_site", "projects", "p00001", "index.html")));
        Assert.True(File.Exists(temp.Combine("_site", "en", "city-0002", "projects", "p00001", "index.html")));
    }

    [Fact]
    public void Write_SameSeed_GivesTheSameFiles_AnotherSeedDoesNot()
    {
        using var temp = new TempDir();
        var options = new SynthesisOptions { ProjectYears = 100, Years = 4, ProjectsPerEdition = 25, Seed = 3 };

        SyntheticSite.Write(temp.Combine("a"), options);
        SyntheticSite.Write(temp.Combine("b"), options);
        SyntheticSite.Write(temp.Combine("c"), options with { Seed = 4 });

        var file = Path.Combine(SyntheticSite.PlanId(1), "project_years.csv");
        Assert.Equal(File.ReadAllBytes(temp.Combine("a", file)), File.ReadAllBytes(temp.Combine("b", file)));
        Assert.NotEqual(File.ReadAllBytes(temp.Combine("a", file)), File.ReadAllBytes(temp.Combine("c", file)));
    }

    [Fact]
    public void Write_IntoAFolderItDidNotWrite_Refuses()
    {
        using var temp = new TempDir();
        temp.Write("data/site.yaml", "title: {ja: 本物, en: Real}\n");

        Assert.Throws<IOException>(() => SyntheticSite.Write(temp.Combine("data"), new SynthesisOptions { ProjectYears = 10 }));
        Assert.True(File.Exists(temp.Combine("data", "site.yaml")));
    }

    [Theory]
    [InlineData(1000, 8, 100, null, new[] { 125 })]
    [InlineData(2400, 8, 100, null, new[] { 100, 100, 100 })]
    [InlineData(1000, 8, 100, 2, new[] { 63, 62 })]
    public void PlanSizes_SplitTheProjectYearsIntoPlans(int projectYears, int years, int perEdition, int? plans, int[] expected)
    {
        var options = new SynthesisOptions { ProjectYears = projectYears, Years = years, ProjectsPerEdition = perEdition, Plans = plans };

        Assert.Equal(expected, options.PlanSizes());
    }
}
