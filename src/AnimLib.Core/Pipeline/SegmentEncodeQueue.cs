using System.Collections.Concurrent;
using System.Runtime.ExceptionServices;

namespace AnimLib.Pipeline;

/// <summary>
/// Runs the work of finished segments (rasterize and encode, or report a cache hit) on one background thread, strictly
/// in the order it was queued, so the scene can play its next animation meanwhile.
/// </summary>
/// <remarks>
/// At most one piece of work waits while another runs: queuing more blocks the scene thread. The first failure stops
/// the queue (later work is skipped) and is rethrown to the scene thread by the next <see cref="Enqueue"/>,
/// <see cref="ThrowIfFailed"/>, <see cref="WaitIdle"/> or <see cref="Complete"/>.
/// </remarks>
internal sealed class SegmentEncodeQueue : IDisposable
{
    private readonly BlockingCollection<Action> _queue = new(boundedCapacity: 1);
    private readonly CancellationTokenSource _abort = new();
    private readonly Thread _thread;
    private readonly object _idleLock = new();
    private ExceptionDispatchInfo? _failure;
    private int _pending;
    private bool _disposed;

    /// <summary>Starts the background thread.</summary>
    public SegmentEncodeQueue()
    {
        _thread = new Thread(Loop) { IsBackground = true, Name = "AnimLib segment encoder" };
        _thread.Start();
    }

    /// <summary>Cancelled when the queue is disposed before completing: running work stops at its next frame.</summary>
    public CancellationToken Aborted => _abort.Token;

    /// <summary>Queues <paramref name="action"/> (it runs on the queue's thread), waiting while another piece of work already waits.</summary>
    public void Enqueue(Action action)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        _failure?.Throw();
        Interlocked.Increment(ref _pending);
        try
        {
            _queue.Add(action, _abort.Token);
        }
        catch
        {
            Finished();
            throw;
        }
    }

    /// <summary>Rethrows the failure of earlier work, if any.</summary>
    public void ThrowIfFailed() => _failure?.Throw();

    /// <summary>Waits until every queued piece of work has run.</summary>
    public void WaitIdle()
    {
        lock (_idleLock)
        {
            while (Volatile.Read(ref _pending) > 0 && _failure is null && _thread.IsAlive) Monitor.Wait(_idleLock, 100);
        }
        _failure?.Throw();
    }

    /// <summary>Runs everything queued, then stops the thread; rethrows the first failure.</summary>
    public void Complete()
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        _queue.CompleteAdding();
        _thread.Join();
        _failure?.Throw();
    }

    /// <summary>Stops the thread; work that has not run is dropped and running work is cancelled.</summary>
    public void Dispose()
    {
        if (_disposed) return;
        _disposed = true;
        _abort.Cancel();
        _queue.CompleteAdding();
        _thread.Join();
        _queue.Dispose();
        _abort.Dispose();
    }

    private void Loop()
    {
        foreach (var work in _queue.GetConsumingEnumerable())
        {
            try
            {
                if (_failure is null && !_abort.IsCancellationRequested) work();
            }
            catch (Exception e)
            {
                Interlocked.CompareExchange(ref _failure, ExceptionDispatchInfo.Capture(e), null);
            }
            finally
            {
                Finished();
            }
        }
    }

    private void Finished()
    {
        Interlocked.Decrement(ref _pending);
        lock (_idleLock) Monitor.PulseAll(_idleLock);
    }
}
