namespace AnimLib.Cli.Preview;

/// <summary>
/// A running preview: the session, its web server, the rebuild loop and the source watcher, started and stopped
/// together. <c>animlib preview</c> runs one until Ctrl-C; tests and the bench start one in process.
/// </summary>
public sealed class PreviewHost : IAsyncDisposable
{
    private readonly RebuildLoop _loop;
    private readonly SourceWatcher? _watcher;

    private PreviewHost(PreviewSession session, PreviewServer server, RebuildLoop loop, SourceWatcher? watcher)
    {
        Session = session;
        Server = server;
        _loop = loop;
        _watcher = watcher;
    }

    /// <summary>The live loop.</summary>
    public PreviewSession Session { get; }

    /// <summary>The web server.</summary>
    public PreviewServer Server { get; }

    /// <summary>The page's address.</summary>
    public string Url => Server.Url;

    /// <summary>Starts serving and watching, and asks for the first build (which runs in the background).</summary>
    /// <param name="session">The session to serve.</param>
    /// <param name="source">Its source, watched for saves (the same one the session builds from).</param>
    /// <param name="port">The port, 0 for a free one.</param>
    /// <param name="watch">False to build only on <see cref="Rebuild"/> (no file watching).</param>
    /// <param name="error">Where a failure of the loop itself (not of the scene) is reported.</param>
    public static async Task<PreviewHost> StartAsync(PreviewSession session, ISceneSource source, int port = 0, bool watch = true,
        Action<string>? error = null)
    {
        var server = await PreviewServer.StartAsync(session, port);
        var loop = new RebuildLoop(() =>
        {
            try
            {
                session.Rebuild();
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                error?.Invoke($"the preview could not rebuild: {e.Message}");
            }
        });
        var watcher = watch ? new SourceWatcher(source, loop.Request) : null;
        loop.Request();
        return new PreviewHost(session, server, loop, watcher);
    }

    /// <summary>Asks for a rebuild now, as a save would.</summary>
    public void Rebuild() => _loop.Request();

    /// <summary>Stops watching, serving and rendering.</summary>
    public async ValueTask DisposeAsync()
    {
        _watcher?.Dispose();
        Session.Dispose();
        _loop.Dispose();
        await Server.DisposeAsync();
    }
}
