using System.Collections.Concurrent;
using System.Runtime.ExceptionServices;

namespace AnimLib.Output;

/// <summary>
/// Runs the work of finished segments (rasterize and encode, or report a cache hit) on one background thread, strictly
/// in the order it was queued, so the scene can play its next animation meanwhile.
/// </summary>
/// <remarks>
/// At most one piece of work waits while another runs: queuing more blocks the scene thread, which bounds the display
/// lists held in memory. The first failure stops the queue (later work is skipped) and is rethrown to the scene thread by
/// the next <see cref="Enqueue"/>, <see cref="WaitIdle"/> or <see cref="Complete"/>.
/// </remarks>
internal sealed class SegmentEncodeQueue : IDisposable
{
    private readonly BlockingCollection<Work> _queue = new(boundedCapacity: 1);
    private readonly CancellationTokenSource _abort = new();
    private readonly Thread _thread;
    private readonly object _idleLock = new();
    private ExceptionDispatchInfo? _failure;
    private int _pending;
    private long _pendingBytes;
    private bool _disposed;

    /// <summary>Starts the background thread.</summary>
    public SegmentEncodeQueue()
    {
        _thread = new Thread(Loop) { IsBackground = true, Name = "AnimLib segment encoder" };
        _thread.Start();
    }

    /// <summary>Bytes of display lists held by queued or running work (as estimated by its producer).</summary>
    public long PendingBytes => Interlocked.Read(ref _pendingBytes);

    /// <summary>Cancelled when the queue is disposed before completing: running work stops at its next frame.</summary>
    public CancellationToken Aborted => _abort.Token;

    /// <summary>Queues <paramref name="action"/>, waiting while another piece of work already waits.</summary>
    /// <param name="action">The work; it runs on the queue's thread.</param>
    /// <param name="bytes">Display-list bytes the work holds until it has run.</param>
    public void Enqueue(Action action, long bytes = 0)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        _failure?.Throw();
        Interlocked.Increment(ref _pending);
        Interlocked.Add(ref _pendingBytes, bytes);
        try
        {
            _queue.Add(new Work(action, bytes), _abort.Token);
        }
        catch
        {
            Finished(bytes);
            throw;
        }
    }

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
                if (_failure is null && !_abort.IsCancellationRequested) work.Action();
            }
            catch (Exception e)
            {
                Interlocked.CompareExchange(ref _failure, ExceptionDispatchInfo.Capture(e), null);
            }
            finally
            {
                Finished(work.Bytes);
            }
        }
    }

    private void Finished(long bytes)
    {
        Interlocked.Add(ref _pendingBytes, -bytes);
        Interlocked.Decrement(ref _pending);
        lock (_idleLock) Monitor.PulseAll(_idleLock);
    }

    private sealed record Work(Action Action, long Bytes);
}
