using Kyodo.Diagnostics;
using Kyodo.Engine;
using Kyodo.Loading;
using Kyodo.Model;
using Kyodo.Routing;

namespace Kyodo.Benchmarks;

/// <summary>The repository's real data, loaded once, and a build context to render its pages with.</summary>
public static class Fixture
{
    public static string Root { get; } = FindRoot();

    public static SitePaths Paths { get; } = SitePaths.For(Root);

    public static string PlanDirectory => Path.Combine(Paths.Data, "koriyama");

    public static Site LoadSite()
    {
        var diagnostics = new DiagnosticBag();
        return SiteLoader.Load(Paths, diagnostics) ?? throw new InvalidOperationException("The shipped data did not load.");
    }

    public static BuildContext Context(Site site) =>
        new(site, Paths, new BuildOptions { OutputDirectory = Path.Combine(Path.GetTempPath(), "kyodo-bench-site"), RunNodeTools = false },
            new UrlBuilder("/", site.Config.SiteUrl), new DiagnosticBag())
        {
            Sections = BuildRunner.SectionsOf(Pipelines.PipelineRegistry.Default()),
        };

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Kyodo.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("Kyodo.sln not found above " + AppContext.BaseDirectory);
    }
}
