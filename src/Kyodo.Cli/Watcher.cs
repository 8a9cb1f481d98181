namespace Kyodo.Cli;

/// <summary>Watches folders and runs an action once a burst of changes has settled.</summary>
public sealed class Watcher : IDisposable
{
    private readonly List<FileSystemWatcher> _watchers = [];
    private readonly Timer _timer;
    private readonly Lock _gate = new();

    public Watcher(IEnumerable<string> folders, Action onChange)
    {
        _timer = new Timer(_ =>
        {
            lock (_gate) onChange();
        });
        foreach (var folder in folders.Where(Directory.Exists))
        {
            var w = new FileSystemWatcher(folder) { IncludeSubdirectories = true, EnableRaisingEvents = true };
            w.Changed += (_, _) => Kick();
            w.Created += (_, _) => Kick();
            w.Deleted += (_, _) => Kick();
            w.Renamed += (_, _) => Kick();
            _watchers.Add(w);
        }
    }

    /// <summary>
    /// Editors write a file in several steps within a few milliseconds; wait for them to finish before rebuilding,
    /// but not so long that the wait is most of the time from saving a file to seeing the page change.
    /// </summary>
    private void Kick() => _timer.Change(50, Timeout.Infinite);

    public void Dispose()
    {
        foreach (var w in _watchers) w.Dispose();
        _timer.Dispose();
    }
}
