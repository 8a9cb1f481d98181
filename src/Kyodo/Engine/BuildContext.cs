using System.Collections.Concurrent;
using Kyodo.Diagnostics;
using Kyodo.Loading;
using Kyodo.Model;
using Kyodo.Routing;

namespace Kyodo.Engine;

/// <summary>What every pipeline sees: the loaded site, URLs, the output being built and the findings.</summary>
public sealed class BuildContext : IDisposable
{
    public BuildContext(Site site, SitePaths paths, BuildOptions options, UrlBuilder urls, DiagnosticBag diagnostics)
    {
        Site = site;
        Paths = paths;
        Options = options;
        Urls = urls;
        Diagnostics = diagnostics;
    }

    public Site Site { get; }
    public SitePaths Paths { get; }
    public BuildOptions Options { get; }
    public UrlBuilder Urls { get; }
    public DiagnosticBag Diagnostics { get; }
    public OutputSet Output { get; } = new();

    /// <summary>The staging folder files are written to before the swap (set in the finalize phase).</summary>
    public string? StagingDirectory { get; set; }

    /// <summary>Time spent per pipeline, for the build summary and benchmarks.</summary>
    public ConcurrentDictionary<string, TimeSpan> Timings { get; } = new();

    /// <summary>
    /// Values kept from one build to the next while <c>serve</c> rebuilds (null for a one-off build): pipelines
    /// keep there what they can reuse when their input did not change.
    /// </summary>
    public ConcurrentDictionary<string, object>? Carry { get; init; }

    /// <summary>Values pipelines share with pipelines that depend on them (computed once).</summary>
    public ConcurrentDictionary<string, object> Shared { get; } = new();

    /// <summary>Renders Razor components; one instance per build, reused by every page.</summary>
    public Rendering.RazorRenderer Renderer { get; } = new();

    /// <summary>Pages queued by the running pipeline, rendered in parallel when it returns.</summary>
    public PendingPages Pages { get; } = new();

    /// <summary>Renders the pending pages into <see cref="Output"/> (the runner calls this after every pipeline).</summary>
    public int RenderPendingPages() => Pages.RenderAll(Renderer, Output);

    /// <summary>Sections the registered pipelines publish, for menus that never link to missing pages.</summary>
    public IReadOnlySet<Section> Sections { get; set; } = new HashSet<Section>();

    public T GetOrAdd<T>(string key, Func<T> create) where T : notnull => (T)Shared.GetOrAdd(key, _ => create());

    public void Dispose() => Renderer.Dispose();
}
