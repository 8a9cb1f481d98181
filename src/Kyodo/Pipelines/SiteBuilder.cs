using Kyodo.Diagnostics;
using Kyodo.Engine;
using Kyodo.Loading;

namespace Kyodo.Pipelines;

/// <summary>
/// The composition root: a standard build runs the pipelines of <see cref="PipelineRegistry"/> through the
/// engine's <see cref="BuildRunner"/>. The engine never names a pipeline, so its folder stays below this one.
/// </summary>
public static class SiteBuilder
{
    public static BuildResult Build(SitePaths paths, BuildOptions options) =>
        BuildRunner.Build(paths, options, PipelineRegistry.Default());

    /// <summary>Rebuilds for <c>serve</c>, writing only what changed (see <see cref="IncrementalBuilder"/>).</summary>
    public static IncrementalBuilder Incremental(SitePaths paths, BuildOptions options) =>
        new(paths, options, PipelineRegistry.Default());

    /// <inheritdoc cref="BuildRunner.PublishedUrls"/>
    public static (IReadOnlyList<Diagnostic> Diagnostics, IReadOnlyList<string> Urls) PublishedUrls(SitePaths paths,
        BuildOptions options) => BuildRunner.PublishedUrls(paths, options, PipelineRegistry.Default());

    /// <inheritdoc cref="BuildRunner.Validate"/>
    public static IReadOnlyList<Diagnostic> Validate(SitePaths paths, IReadOnlyList<string>? plans = null) =>
        // The link check reads the rendered pages for links into the theme, which validate does not need.
        BuildRunner.Validate(paths, plans, PipelineRegistry.Default().Where(p => p is not LinkCheck).ToList(), [new PublishedUrls()]);
}
