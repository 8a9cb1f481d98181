using System.Diagnostics;
using Kyodo.Diagnostics;
using Kyodo.Loading;
using Kyodo.Routing;

namespace Kyodo.Engine;

/// <summary>
/// Runs a whole build: input and validation, processing and rendering, post-processing, then output to a
/// staging folder that replaces the previous site only when everything succeeded. Which pipelines run is
/// decided above the engine, by the composition root (Pipelines.SiteBuilder); the engine only runs them.
/// </summary>
public static class BuildRunner
{
    public static BuildResult Build(SitePaths paths, BuildOptions options, IReadOnlyList<IPipeline> pipelines) =>
        Build(paths, options, pipelines, previous: null, out _);

    /// <summary>
    /// A build that, when <paramref name="previous"/> (the output of the last build, now in the output folder)
    /// is given, writes only the files whose bytes changed and deletes the ones that vanished, in place, instead
    /// of writing every file to a staging folder (see <see cref="IncrementalBuilder"/>). Every page is still
    /// rendered from the freshly loaded data, so the result is exactly what a full build writes.
    /// </summary>
    public static BuildResult Build(SitePaths paths, BuildOptions options, IReadOnlyList<IPipeline> pipelines, OutputSet? previous, out OutputSet? written,
        System.Collections.Concurrent.ConcurrentDictionary<string, object>? carry = null)
    {
        written = null;
        var started = Stopwatch.GetTimestamp();
        var diagnostics = new DiagnosticBag();
        var output = Path.GetFullPath(options.OutputDirectory);
        BuildResult Fail(BuildContext? ctx = null)
        {
            AtomicOutput.Discard(output);
            return new BuildResult(false, diagnostics.Sorted(), 0, 0, Stopwatch.GetElapsedTime(started),
                ctx?.Timings.ToDictionary() ?? new Dictionary<string, TimeSpan>());
        }

        if (IsInside(output, paths.Data) || IsInside(output, paths.Input) || IsInside(output, paths.Theme) || IsInside(paths.Data, output))
        {
            diagnostics.Add(Messages.OutputInsideInput(new SourceLocation(output)));
            return Fail();
        }
        // A refused output folder is reported together with every finding in the data, so one run lists all.
        var outputOk = previous is not null || CheckOutputFolder(output, options.Force, diagnostics);
        if (options.SiteUrl is { } overridden && !SiteUrlRule.IsValid(overridden))
        {
            diagnostics.Add(Messages.BadSiteUrl(new SourceLocation("--site-url"), overridden));
            outputOk = false;
        }

        var loadStarted = Stopwatch.GetTimestamp();
        var loadCpu = Cpu();
        var site = SiteLoader.Load(paths, diagnostics, options.Plans);
        var loadTime = Stopwatch.GetElapsedTime(loadStarted);
        loadCpu = Cpu() - loadCpu;
        if (site is null || diagnostics.HasErrors || !outputOk) return Fail();

        var siteUrl = options.SiteUrl ?? site.Config.SiteUrl;
        var urls = new UrlBuilder(options.BasePath ?? "/", siteUrl);
        var all = pipelines;
        using var context = new BuildContext(site, paths, options, urls, diagnostics)
        {
            Sections = SectionsOf(all),
            Carry = carry,
        };

        context.Timings["(load)"] = loadTime;
        context.Timings["(load) cpu"] = loadCpu;
        var full = previous is null || !Directory.Exists(output);
        if (full && options.SpillAboveBytes is { } spillAbove)
        {
            context.Output.SpillTo(new SpillFolder(AtomicOutput.PrepareStaging(output)), spillAbove);
        }
        if (!Run(all, context, Phase.Render) || diagnostics.HasErrors) return Fail(context);
        if (!Run(all, context, Phase.PostProcess) || diagnostics.HasErrors) return Fail(context);

        var writeStarted = Stopwatch.GetTimestamp();
        var writeCpu = Cpu();
        var (changed, deleted) = (context.Output.Count, 0);
        if (!full && previous is not null)
        {
            (changed, deleted) = IncrementalOutput.Apply(output, previous, context.Output);
            context.Timings["(write)"] = Stopwatch.GetElapsedTime(writeStarted);
            context.Timings["(write) cpu"] = Cpu() - writeCpu;
            context.StagingDirectory = output;
            PipelineRunner.Run(all, Phase.Finalize, context);
            if (diagnostics.HasErrors) return Fail(context);
            OutputFolder.WriteManifest(output);
        }
        else
        {
            context.StagingDirectory = AtomicOutput.WriteStaging(output, context.Output, prepared: context.Output.Spill is not null);
            context.Timings["(write)"] = Stopwatch.GetElapsedTime(writeStarted);
            context.Timings["(write) cpu"] = Cpu() - writeCpu;
            PipelineRunner.Run(all, Phase.Finalize, context);
            if (diagnostics.HasErrors) return Fail(context);
            PipelineRunner.Run(all, Phase.Audit, context);
            if (diagnostics.HasErrors) return Fail(context);
            AtomicOutput.Swap(output, context.StagingDirectory);
            if (context.Output.Spill is { } spill) spill.Root = output;
        }
        written = context.Output;

        return new BuildResult(true, diagnostics.Sorted(), context.Output.Count, context.Output.PageCount,
            Stopwatch.GetElapsedTime(started), context.Timings.ToDictionary())
        {
            FilesWritten = changed,
            FilesDeleted = deleted,
        };
    }

    /// <summary>
    /// A build replaces its output folder as a whole: it refuses a folder that holds files no build wrote (unless
    /// <paramref name="force"/>), and a folder beside it with the staging or previous-copy name that no build
    /// left; what an interrupted build left there is removed.
    /// </summary>
    private static bool CheckOutputFolder(string output, bool force, DiagnosticBag diagnostics)
    {
        var ok = true;
        if (OutputFolder.Check(output) is { } refusal && !(force && refusal.Reason != OutputRefusalReason.IsAFile))
        {
            diagnostics.Add(Messages.OutputNotReplaceable(new SourceLocation(output), refusal));
            ok = false;
        }
        foreach (var beside in new[] { AtomicOutput.StagingPathFor(output), AtomicOutput.OldPathFor(output) })
        {
            if ((Directory.Exists(beside) && !OutputFolder.IsLeftByBuild(beside) && !force) || File.Exists(beside))
            {
                diagnostics.Add(Messages.WorkFolderTaken(new SourceLocation(beside)));
                ok = false;
            }
        }
        if (!ok) return false;
        if (force)
        {
            foreach (var beside in new[] { AtomicOutput.StagingPathFor(output), AtomicOutput.OldPathFor(output) })
            {
                if (Directory.Exists(beside)) Directory.Delete(beside, recursive: true);
            }
        }
        AtomicOutput.RemoveLeftovers(output);
        return true;
    }

    /// <summary>Runs a phase; an output the data would put at an unsafe or taken path becomes a finding, not a crash.</summary>
    private static bool Run(IReadOnlyList<IPipeline> pipelines, BuildContext context, Phase phase)
    {
        try
        {
            PipelineRunner.Run(pipelines, phase, context);
            return true;
        }
        catch (OutputPathException ex)
        {
            context.Diagnostics.Add(Messages.UnsafeOutputPath(new SourceLocation(ex.OutputPath), ex.OutputPath, ex.IsConflict));
            return false;
        }
        catch (AggregateException ex) when (ex.Flatten().InnerExceptions.All(e => e is OutputPathException))
        {
            foreach (var inner in ex.Flatten().InnerExceptions.Cast<OutputPathException>().DistinctBy(e => e.OutputPath))
            {
                context.Diagnostics.Add(Messages.UnsafeOutputPath(new SourceLocation(inner.OutputPath), inner.OutputPath, inner.IsConflict));
            }
            return false;
        }
    }

    /// <summary>
    /// The URLs a build of <paramref name="paths"/> would publish, from a full render in memory (nothing is
    /// written, and the published-URL list itself is not checked): for <c>kyodo urls</c>.
    /// </summary>
    public static (IReadOnlyList<Diagnostic> Diagnostics, IReadOnlyList<string> Urls) PublishedUrls(SitePaths paths, BuildOptions options,
        IReadOnlyList<IPipeline> pipelines)
    {
        var diagnostics = new DiagnosticBag();
        var site = SiteLoader.Load(paths, diagnostics, options.Plans);
        if (site is null || diagnostics.HasErrors) return (diagnostics.Sorted(), []);
        var all = pipelines;
        using var context = new BuildContext(site, paths, options with { CheckPublishedUrls = false },
            new UrlBuilder(options.BasePath ?? "/", options.SiteUrl ?? site.Config.SiteUrl), diagnostics)
        {
            Sections = SectionsOf(all),
        };
        if (!Run(all, context, Phase.Render) || !Run(all, context, Phase.PostProcess) || diagnostics.HasErrors) return (diagnostics.Sorted(), []);
        return (diagnostics.Sorted(), PublishedUrlList.UrlsOf(context.Output.Files.Select(f => f.Path)));
    }

    /// <summary>
    /// Every check a build makes before it writes: the input and its validation, then (when the data is valid
    /// and the whole site is checked) the site assembled in memory, so that an output path the data makes
    /// unsafe (KY081) and a published URL that would vanish (KY070) fail validate as they fail build.
    /// Nothing is written; the link check, the Node steps, the browser audit and the output folder are left out.
    /// </summary>
    /// <param name="paths">The data, input and theme folders.</param>
    /// <param name="plans">Only these plans (an empty list or null: all); the whole-site checks need all.</param>
    /// <param name="pipelines">The pipelines that assemble the site in memory.</param>
    /// <param name="finalChecks">Checks of the assembled output that a build makes while finishing (published URLs).</param>
    public static IReadOnlyList<Diagnostic> Validate(SitePaths paths, IReadOnlyList<string>? plans,
        IReadOnlyList<IPipeline> pipelines, IReadOnlyList<IPipeline> finalChecks)
    {
        var diagnostics = new DiagnosticBag();
        var site = SiteLoader.Load(paths, diagnostics, plans);
        if (site is null || diagnostics.HasErrors || plans is { Count: > 0 }) return diagnostics.Sorted();
        var options = new BuildOptions { OutputDirectory = Path.Combine(paths.Root, "_site"), RunNodeTools = false, SpillAboveBytes = null };
        var all = pipelines;
        using var context = new BuildContext(site, paths, options, new UrlBuilder("/", site.Config.SiteUrl), diagnostics)
        {
            Sections = SectionsOf(all),
        };
        if (Run(all, context, Phase.Render) && !diagnostics.HasErrors && Run(all, context, Phase.PostProcess) && !diagnostics.HasErrors)
        {
            foreach (var check in finalChecks) check.Execute(context);
        }
        return diagnostics.Sorted();
    }

    /// <summary>The sections the menus may link to: those whose pipeline runs in this build.</summary>
    public static IReadOnlySet<Section> SectionsOf(IReadOnlyList<IPipeline> pipelines) =>
        pipelines.OfType<ISectionPipeline>().Select(p => p.Section).ToHashSet();

    /// <summary>CPU time of the whole process, all threads: a measure of work that other load on the machine does not inflate.</summary>
    internal static TimeSpan Cpu() => Environment.CpuUsage.TotalTime;

    private static bool IsInside(string path, string folder)
    {
        var p = Path.GetFullPath(path).TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar;
        var f = Path.GetFullPath(folder).TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar;
        return p.StartsWith(f, StringComparison.Ordinal);
    }
}
