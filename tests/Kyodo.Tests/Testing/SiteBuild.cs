using Kyodo.Engine;
using Kyodo.Loading;
using Kyodo.Pipelines;
using Kyodo.Routing;

namespace Kyodo.Tests.Testing;

/// <summary>Builds a site into a temporary folder and reads it back.</summary>
public sealed class SiteBuild : IDisposable
{
    private readonly TempDir _temp = new();

    public SiteBuild(string basePath = "/", SitePaths? paths = null, bool runNodeTools = false, IReadOnlyList<string>? plans = null, string? siteUrl = null)
    {
        Output = _temp.Combine("_site");
        Result = SiteBuilder.Build(paths ?? Repo.Paths, new BuildOptions
        {
            OutputDirectory = Output,
            BasePath = basePath,
            SiteUrl = siteUrl,
            RunNodeTools = runNodeTools,
            Plans = plans ?? [],
        });
        BasePath = UrlBuilder.NormalizeBasePath(basePath);
    }

    public string Output { get; }
    public string BasePath { get; }
    public BuildResult Result { get; }

    public IEnumerable<string> Files(string pattern = "*") =>
        Directory.GetFiles(Output, pattern, SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(Output, f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal);

    public string Read(string relative) => File.ReadAllText(Path.Combine(Output, relative));

    public bool Exists(string relative) => File.Exists(Path.Combine(Output, relative));

    public void Dispose() => _temp.Dispose();
}

/// <summary>The shipped data built once, at the root and under a GitHub Pages sub-path, shared by many tests.</summary>
public sealed class BuiltSites : IDisposable
{
    public SiteBuild Root { get; } = new("/");
    public SiteBuild SubPath { get; } = new("/kyodo/");

    public void Dispose()
    {
        Root.Dispose();
        SubPath.Dispose();
    }
}

[CollectionDefinition(Name)]
public sealed class BuiltSitesGroup : ICollectionFixture<BuiltSites>
{
    public const string Name = "built sites";
}
