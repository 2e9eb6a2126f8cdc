namespace AnimLib.Cli.Preview;

/// <summary>
/// Watches a <see cref="ISceneSource"/>'s folder and calls back once per burst of changes: editors write a file in
/// several steps (truncate, write, rename), and each save should cost one rebuild, not three.
/// </summary>
public sealed class SourceWatcher : IDisposable
{
    private readonly FileSystemWatcher _watcher;
    private readonly ISceneSource _source;
    private readonly Timer _timer;
    private readonly TimeSpan _quiet;

    /// <summary>Starts watching; <paramref name="changed"/> runs on a pool thread after <paramref name="quiet"/> without events.</summary>
    public SourceWatcher(ISceneSource source, Action changed, TimeSpan? quiet = null)
    {
        _source = source;
        _quiet = quiet ?? TimeSpan.FromMilliseconds(40);
        _timer = new Timer(_ => changed(), null, Timeout.Infinite, Timeout.Infinite);
        _watcher = new FileSystemWatcher(source.WatchFolder)
        {
            IncludeSubdirectories = true,
            NotifyFilter = NotifyFilters.FileName | NotifyFilters.LastWrite | NotifyFilters.Size,
        };
        _watcher.Changed += OnEvent;
        _watcher.Created += OnEvent;
        _watcher.Deleted += OnEvent;
        _watcher.Renamed += (s, e) =>
        {
            if (_source.IsSource(e.OldFullPath)) Touch();
            OnEvent(s, e);
        };
        _watcher.EnableRaisingEvents = true;
    }

    private void OnEvent(object sender, FileSystemEventArgs e)
    {
        if (_source.IsSource(e.FullPath)) Touch();
    }

    private void Touch() => _timer.Change(_quiet, Timeout.InfiniteTimeSpan);

    /// <summary>Stops watching.</summary>
    public void Dispose()
    {
        _watcher.Dispose();
        _timer.Dispose();
    }
}
