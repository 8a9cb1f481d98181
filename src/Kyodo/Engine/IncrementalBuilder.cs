using Kyodo.Loading;

namespace Kyodo.Engine;

/// <summary>
/// Rebuilds a site again and again for <c>serve</c>. The first build is a normal atomic build; after that the
/// data is loaded and every page rendered again (both are fast), but only files whose bytes changed are
/// written, so an edit of one row touches only the pages that show it. When no input file changed since the
/// last build (an editor's temporary file, a touched folder), nothing is rebuilt at all.
/// </summary>
public sealed class IncrementalBuilder
{
    private readonly SitePaths _paths;
    private readonly BuildOptions _options;
    private readonly IReadOnlyList<IPipeline> _pipelines;
    private OutputSet? _previous;
    private Dictionary<string, (long Length, DateTime Written)>? _stamps;
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, object> _carry = new(StringComparer.Ordinal);

    public IncrementalBuilder(SitePaths paths, BuildOptions options, IReadOnlyList<IPipeline> pipelines)
    {
        _paths = paths;
        _options = options;
        _pipelines = pipelines;
    }

    public BuildResult Build()
    {
        var stamps = Stamps();
        if (_previous is not null && _stamps is not null && SameStamps(_stamps, stamps) && Directory.Exists(_options.OutputDirectory))
        {
            return new BuildResult(true, [], _previous.Count, _previous.PageCount, TimeSpan.Zero, new Dictionary<string, TimeSpan>()) { Unchanged = true };
        }
        var result = BuildRunner.Build(_paths, _options, _pipelines, _previous, out var written, _carry);
        if (result.Success)
        {
            // A failed build leaves the folder as the last good build wrote it, so that stays the reference.
            _previous = written;
            _stamps = stamps;
        }
        return result;
    }

    /// <summary>Size and time of every file the build reads: data, content and theme.</summary>
    private Dictionary<string, (long, DateTime)> Stamps()
    {
        var stamps = new Dictionary<string, (long, DateTime)>(StringComparer.Ordinal);
        foreach (var folder in new[] { _paths.Data, _paths.Input, _paths.Theme }.Where(Directory.Exists))
        {
            foreach (var file in new DirectoryInfo(folder).EnumerateFiles("*", SearchOption.AllDirectories))
            {
                stamps[file.FullName] = (file.Length, file.LastWriteTimeUtc);
            }
        }
        return stamps;
    }

    private static bool SameStamps(Dictionary<string, (long, DateTime)> a, Dictionary<string, (long, DateTime)> b) =>
        a.Count == b.Count && a.All(kv => b.TryGetValue(kv.Key, out var v) && v == kv.Value);
}
