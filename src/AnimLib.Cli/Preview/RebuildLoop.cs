namespace AnimLib.Cli.Preview;

/// <summary>
/// Runs rebuilds one after another on a thread of its own: a save during a rebuild asks for exactly one more, so the
/// last save is always the one shown and saves never queue up.
/// </summary>
public sealed class RebuildLoop : IDisposable
{
    private readonly Action _rebuild;
    private readonly SemaphoreSlim _wake = new(0);
    private readonly CancellationTokenSource _stop = new();
    private readonly Thread _thread;
    private int _pending;

    /// <summary>Starts the loop's thread; nothing is built until <see cref="Request"/>.</summary>
    public RebuildLoop(Action rebuild)
    {
        _rebuild = rebuild;
        _thread = new Thread(Loop) { IsBackground = true, Name = "animlib preview rebuild" };
        _thread.Start();
    }

    /// <summary>Asks for a rebuild (many requests before it starts count as one).</summary>
    public void Request()
    {
        if (Interlocked.Exchange(ref _pending, 1) == 0) _wake.Release();
    }

    private void Loop()
    {
        try
        {
            while (true)
            {
                _wake.Wait(_stop.Token);
                Interlocked.Exchange(ref _pending, 0);
                _rebuild();
            }
        }
        catch (OperationCanceledException)
        {
            // Stopped.
        }
    }

    /// <summary>Stops the loop after the rebuild in progress.</summary>
    public void Dispose()
    {
        _stop.Cancel();
        _thread.Join(TimeSpan.FromSeconds(5));
    }
}
