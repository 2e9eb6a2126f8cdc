using System.Diagnostics;
using System.Runtime.ExceptionServices;
using System.Threading.Channels;
using AnimLib.Display;

namespace AnimLib.Rendering;

/// <summary>
/// The one frame stage between snapshots and a sink: the caller (the scene thread) only hands over snapshots, a pool
/// of worker threads rasterizes them into pooled frame buffers, and one writer thread hands the finished frames to the
/// <see cref="IFrameSink"/> strictly in order. The pixels written do not depend on the number of workers: one worker
/// writes what eight do.
/// </summary>
/// <remarks>
/// A frame whose snapshot equals the previous one is not rasterized again: the writer sends the same buffer
/// twice. At most <c>workers + 3</c> buffers exist at once; when all are in flight the scene thread waits
/// (see <see cref="RenderStageTimes.Backpressure"/>), so memory stays bounded however fast the scene runs.
/// Call <see cref="Complete"/> once the scene has finished to wait for the last frame to reach the sink, and
/// <see cref="Dispose"/> in every case to stop the threads.
/// </remarks>
public sealed class FrameStage : IDisposable
{
    private readonly IFrameSink _sink;
    private readonly IPreparingFrameSink? _preparing;
    private readonly System.Collections.Concurrent.ConcurrentBag<byte[]> _preparedPool = [];
    private readonly Func<ICanvas> _canvasFactory;
    private readonly Channel<FrameSlot> _rasterQueue = Channel.CreateUnbounded<FrameSlot>(
        new UnboundedChannelOptions { SingleWriter = true, SingleReader = false });
    private readonly Channel<FrameSlot> _writeQueue = Channel.CreateUnbounded<FrameSlot>(
        new UnboundedChannelOptions { SingleWriter = true, SingleReader = true });
    private readonly CancellationTokenSource _abort = new();
    private readonly Thread[] _workers;
    private readonly Thread _writer;
    private readonly object _drainLock = new();
    private FrameBufferPool? _pool;
    private FrameSlot? _previous;
    private FrameSnapshot? _lastInput;
    private bool _lastInputIsCopy;
    private ExceptionDispatchInfo? _failure;
    private long _rasterTicks;
    private long _encoderTicks;
    private long _compareTicks;
    private long _backpressureTicks;
    private int _framesQueued;
    private int _framesWritten;
    private int _framesRasterized;
    private bool _completed;
    private bool _disposed;

    /// <summary>Starts the workers and the writer.</summary>
    /// <param name="sink">Receives the frames in order; not owned (the caller completes and disposes it).</param>
    /// <param name="workers">Rasterizing threads; 0 or less means one per processor.</param>
    /// <param name="canvasFactory">Makes one canvas per worker (Skia by default); canvases are disposed with the output.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="workers"/> is more than <see cref="RenderLimits.MaxJobs"/>.</exception>
    public FrameStage(IFrameSink sink, int workers = 0, Func<ICanvas>? canvasFactory = null)
    {
        ArgumentNullException.ThrowIfNull(sink);
        // Each worker holds a canvas and a frame buffer: ten thousand of them would exhaust memory before the first frame.
        if (workers > RenderLimits.MaxJobs)
            throw new ArgumentOutOfRangeException(nameof(workers), workers,
                $"At most {RenderLimits.MaxJobs} rasterizing workers ({RenderLimits.MaxJobsPerProcessor} per processor); got {workers}.");
        _sink = sink;
        // A sink that converts frames (yuv420p for ffmpeg) gets them converted here, on the rasterizing threads.
        _preparing = sink is IPreparingFrameSink { PreparedFrameBytes: > 0 } p ? p : null;
        _canvasFactory = canvasFactory ?? (() => new SkiaCanvas());
        Workers = workers > 0 ? workers : Environment.ProcessorCount;

        // Canvases are created here, on the caller's thread, so a canvas that cannot start fails the constructor, not a worker thread.
        var canvases = new ICanvas[Workers];
        for (int i = 0; i < Workers; i++) canvases[i] = _canvasFactory();
        _workers = new Thread[Workers];
        for (int i = 0; i < Workers; i++)
        {
            var canvas = canvases[i];
            _workers[i] = new Thread(() => RasterLoop(canvas)) { IsBackground = true, Name = $"AnimLib raster {i + 1}" };
            _workers[i].Start();
        }
        _writer = new Thread(WriteLoop) { IsBackground = true, Name = "AnimLib frame writer" };
        _writer.Start();
    }

    /// <summary>Number of rasterizing threads.</summary>
    public int Workers { get; }

    /// <summary>Frames handed to the sink so far.</summary>
    public int FramesWritten => Volatile.Read(ref _framesWritten);

    /// <summary>Frames that were rasterized (the rest repeated the previous frame's pixels).</summary>
    public int FramesRasterized => Volatile.Read(ref _framesRasterized);


    /// <summary>Called after each frame reaches the sink (for progress reporting), on the writer thread.</summary>
    public Action<int>? FrameWritten { get; init; }

    /// <summary>
    /// True when this output owns the snapshots it is given: each one is recycled (its arrays returned to the pool they
    /// came from) once its pixels are written and it is no longer needed to recognise a repeated frame.
    /// </summary>
    public bool RecycleSnapshots { get; init; }

    /// <summary>Time spent per stage so far (rasterization, encoder wait, comparison, back-pressure); the scene-side stages are left at zero.</summary>
    public RenderStageTimes Times => new()
    {
        Rasterize = TimeSpan.FromTicks(Interlocked.Read(ref _rasterTicks)),
        EncoderWait = TimeSpan.FromTicks(Interlocked.Read(ref _encoderTicks)),
        Compare = TimeSpan.FromTicks(_compareTicks),
        Backpressure = TimeSpan.FromTicks(_backpressureTicks),
    };

    /// <summary>
    /// Queues the next frame. A snapshot equal to the one before is not rasterized again; its pixels are written again.
    /// Blocks while every frame buffer is in flight.
    /// </summary>
    /// <exception cref="InvalidOperationException">The stage is completed.</exception>
    /// <remarks>Rethrows, on the caller's thread, any failure of a worker or of the sink.</remarks>
    public void Add(FrameSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (_completed) throw new InvalidOperationException("Cannot add frames after Complete().");
        _failure?.Throw();

        if (!ReferenceEquals(snapshot, _lastInput))
        {
            // The same snapshot may come several times in a row (a held still); an equal copy that was not rasterized
            // is done with once another snapshot follows (a rasterized one is recycled by its slot).
            if (RecycleSnapshots && _lastInputIsCopy) _lastInput!.Recycle();
            _lastInput = snapshot;
            _lastInputIsCopy = false;
        }
        long start = Stopwatch.GetTimestamp();
        bool same = _previous is not null && snapshot.ContentEquals(_previous.Snapshot);
        long compared = Stopwatch.GetTimestamp();
        _compareTicks += Stopwatch.GetElapsedTime(start, compared).Ticks;

        if (!same)
        {
            if (_pool is null || _pool.Width != snapshot.PixelWidth || _pool.Height != snapshot.PixelHeight)
                ReplacePool(snapshot.PixelWidth, snapshot.PixelHeight);
            FrameBuffer buffer;
            try
            {
                buffer = _pool!.Rent(_abort.Token);
            }
            catch (OperationCanceledException)
            {
                _failure?.Throw();
                throw;
            }
            _backpressureTicks += Stopwatch.GetElapsedTime(compared).Ticks;
            var slot = new FrameSlot(snapshot, buffer, _pool, _preparing is null ? null : RentPrepared(), _preparedPool.Add, RecycleSnapshots);
            // The scene thread keeps a reference for comparing the next snapshot and repeating the pixels.
            _previous?.Release();
            _previous = slot;
            _framesRasterized++;
            _rasterQueue.Writer.TryWrite(slot);
        }
        else if (!ReferenceEquals(snapshot, _previous!.Snapshot))
        {
            // An equal copy of the previous frame: the writer repeats that frame's pixels, and the copy is not kept.
            _lastInputIsCopy = true;
        }
        _previous!.AddRef();
        _framesQueued++;
        _writeQueue.Writer.TryWrite(_previous);
    }


    /// <summary>
    /// Waits until every frame added so far has been handed to the sink. The pipeline stays open; a caller that
    /// switches sinks between segments drains first.
    /// </summary>
    /// <exception cref="Exception">Whatever a worker or the sink threw.</exception>
    public void Drain()
    {
        lock (_drainLock)
        {
            while (Volatile.Read(ref _framesWritten) < _framesQueued && _failure is null && !_writer.Join(0))
                Monitor.Wait(_drainLock, 50);
        }
        _failure?.Throw();
    }

    /// <summary>
    /// Waits for every frame to reach the sink and stops the threads. Does not complete the sink: its owner does.
    /// </summary>
    /// <exception cref="Exception">Whatever a worker or the sink threw.</exception>
    public void Complete()
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (_completed) return;
        _completed = true;
        Shutdown(abort: false);
        _failure?.Throw();
    }

    /// <summary>Stops the threads; frames not yet written are dropped unless <see cref="Complete"/> was called.</summary>
    public void Dispose()
    {
        if (_disposed) return;
        if (!_completed) Shutdown(abort: true);
        _disposed = true;
        _previous = null;
        _pool?.Dispose();
        _abort.Dispose();
    }

    private void Shutdown(bool abort)
    {
        if (abort) _abort.Cancel();
        _rasterQueue.Writer.TryComplete();
        _writeQueue.Writer.TryComplete();
        _writer.Join();
        foreach (var worker in _workers) worker.Join();
        // The writer has released every queued reference; the scene thread's own one goes last.
        _previous?.Release();
        _previous = null;
        if (RecycleSnapshots && _lastInputIsCopy) _lastInput!.Recycle();
        _lastInput = null;
        _lastInputIsCopy = false;
    }

    private void ReplacePool(int width, int height)
    {
        // A size change mid-render is rare (tests): let everything in flight finish before swapping buffers.
        if (_pool is not null)
        {
            Drain();
            _previous?.Release();
            _previous = null;
        }
        // Each worker holds one buffer, a few more queue for the writer, and the scene thread keeps the previous one.
        _pool = new FrameBufferPool(width, height, Workers + 3);
    }

    private void RasterLoop(ICanvas canvas)
    {
        var reader = _rasterQueue.Reader;
        try
        {
            while (WaitToRead(reader))
            {
                while (reader.TryRead(out var slot))
                {
                    if (_abort.IsCancellationRequested)
                    {
                        slot.SetDone(null);
                        continue;
                    }
                    long start = Stopwatch.GetTimestamp();
                    try
                    {
                        canvas.Render(slot.Snapshot, slot.Buffer);
                        if (slot.Prepared is not null) _preparing!.Prepare(slot.Buffer, slot.Prepared);
                        slot.SetDone(null);
                    }
                    catch (Exception e)
                    {
                        slot.SetDone(e);
                        Fail(e);
                    }
                    Interlocked.Add(ref _rasterTicks, Stopwatch.GetElapsedTime(start).Ticks);
                }
            }
        }
        finally
        {
            canvas.Dispose();
        }
    }

    private void WriteLoop()
    {
        var reader = _writeQueue.Reader;
        while (WaitToRead(reader))
        {
            while (reader.TryRead(out var slot))
            {
                try
                {
                    slot.Done.Wait();
                    if (slot.Error is null && !_abort.IsCancellationRequested)
                    {
                        long start = Stopwatch.GetTimestamp();
                        if (slot.Prepared is not null) _preparing!.WritePrepared(slot.Prepared);
                        else _sink.WriteFrame(slot.Buffer);
                        Interlocked.Add(ref _encoderTicks, Stopwatch.GetElapsedTime(start).Ticks);
                        int written = Interlocked.Increment(ref _framesWritten);
                        FrameWritten?.Invoke(written);
                    }
                }
                catch (Exception e)
                {
                    Fail(e);
                }
                finally
                {
                    slot.Release();
                }
                lock (_drainLock) Monitor.PulseAll(_drainLock);
            }
        }
        lock (_drainLock) Monitor.PulseAll(_drainLock);
    }

    // Prepared buffers travel with frame buffers, so the pool of frame buffers bounds their number too.
    private byte[] RentPrepared() => _preparedPool.TryTake(out var bytes) ? bytes : new byte[_preparing!.PreparedFrameBytes];

    private static bool WaitToRead(ChannelReader<FrameSlot> reader) =>
        reader.WaitToReadAsync().AsTask().GetAwaiter().GetResult();

    private void Fail(Exception e)
    {
        Interlocked.CompareExchange(ref _failure, ExceptionDispatchInfo.Capture(e), null);
        try
        {
            _abort.Cancel();
        }
        catch (ObjectDisposedException)
        {
        }
    }

    /// <summary>One rasterized frame: its snapshot, its buffer, and how many queued writes still need the pixels.</summary>
    private sealed class FrameSlot(FrameSnapshot snapshot, FrameBuffer buffer, FrameBufferPool pool, byte[]? prepared,
        Action<byte[]>? returnPrepared, bool recycleSnapshot)
    {
        // Starts at one: the scene thread's reference as "the previous frame".
        private int _references = 1;

        public FrameSnapshot Snapshot { get; } = snapshot;

        public FrameBuffer Buffer { get; } = buffer;

        /// <summary>The frame as the sink writes it (converted by a worker), or null when the sink takes pixels as they are.</summary>
        public byte[]? Prepared { get; } = prepared;

        public ManualResetEventSlim Done { get; } = new(false);

        public Exception? Error { get; private set; }

        public void SetDone(Exception? error)
        {
            Error = error;
            Done.Set();
        }

        public void AddRef() => Interlocked.Increment(ref _references);

        public void Release()
        {
            if (Interlocked.Decrement(ref _references) != 0) return;
            // Nobody can still read the pixels, but a worker may not have finished painting an aborted frame.
            Done.Wait();
            Done.Dispose();
            if (Prepared is not null) returnPrepared?.Invoke(Prepared);
            pool.Return(Buffer);
            if (recycleSnapshot) Snapshot.Recycle();
        }
    }
}
