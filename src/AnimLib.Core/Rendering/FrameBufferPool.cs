namespace AnimLib.Rendering;

/// <summary>
/// A fixed number of same-size frame buffers handed out and returned. Renting blocks while all are out,
/// which is what bounds a pipelined render's memory: the scene cannot run further ahead of the encoder
/// than the pool allows.
/// </summary>
internal sealed class FrameBufferPool : IDisposable
{
    private readonly Stack<FrameBuffer> _free = new();
    private readonly SemaphoreSlim _available;
    private readonly int _width;
    private readonly int _height;
    private int _created;

    /// <summary>Creates a pool of at most <paramref name="capacity"/> buffers of the given size, allocated lazily.</summary>
    public FrameBufferPool(int width, int height, int capacity)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(capacity, 1);
        _width = width;
        _height = height;
        Capacity = capacity;
        _available = new SemaphoreSlim(capacity, capacity);
    }

    /// <summary>Most buffers that can be out at once.</summary>
    public int Capacity { get; }

    /// <summary>Buffer width in pixels.</summary>
    public int Width => _width;

    /// <summary>Buffer height in pixels.</summary>
    public int Height => _height;

    /// <summary>Takes a buffer, waiting for one to be returned if all are out.</summary>
    /// <exception cref="OperationCanceledException"><paramref name="cancel"/> fired while waiting.</exception>
    public FrameBuffer Rent(CancellationToken cancel)
    {
        _available.Wait(cancel);
        lock (_free)
        {
            if (_free.Count > 0) return _free.Pop();
            _created++;
        }
        // Allocated outside the lock: a 1080p buffer is 8 MB and zeroing it takes a while.
        return new FrameBuffer(_width, _height);
    }

    /// <summary>Gives a buffer back for reuse.</summary>
    public void Return(FrameBuffer buffer)
    {
        lock (_free) _free.Push(buffer);
        _available.Release();
    }

    /// <summary>Buffers allocated so far (at most <see cref="Capacity"/>).</summary>
    public int Created
    {
        get
        {
            lock (_free) return _created;
        }
    }

    /// <inheritdoc/>
    public void Dispose() => _available.Dispose();
}
