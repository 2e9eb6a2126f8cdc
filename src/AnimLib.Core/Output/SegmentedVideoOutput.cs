using AnimLib.Rendering;

namespace AnimLib.Output;

/// <summary>
/// The partial-movie cache stage: collects each segment's display lists, keys them with <see cref="SegmentHasher"/>,
/// and either reuses the cached video of an identical segment or rasterizes and encodes the segment into the cache
/// through the output that <see cref="RasterOutputFactory"/> builds (the plain <see cref="RasterOutput"/> by default).
/// The segment videos are joined afterwards by <see cref="VideoAssembler"/>.
/// </summary>
/// <remarks>
/// Rasterizing waits for the end of a segment because the key needs all of its frames; the display lists held meanwhile
/// are vector data, far smaller than the pixels, and a run of identical frames is held once. A finished segment is encoded
/// on a background thread while the scene plays the next one (<see cref="SegmentEncodeQueue"/>; the scene waits at the
/// end of that one if the encode is still running), and the next segment's
/// ffmpeg is started ahead of time, so neither the scene logic nor ffmpeg's start-up waits for the previous encode.
/// A segment whose display lists outgrow <see cref="MemoryBudget"/> is encoded while it plays instead (a cache hit then
/// saves only the file, not the work). Call <see cref="Complete"/> once the scene has finished, and <see cref="Dispose"/>
/// in every case.
/// </remarks>
public sealed class SegmentedVideoOutput : ISceneOutput, IDisposable
{
    private readonly VideoSettings _video;
    private readonly string _extension;
    private readonly PartialMovieCache _cache;
    private readonly bool _lookUp;
    private readonly List<RenderedSegment> _segments = [];
    private readonly SegmentEncodeQueue _queue = new();
    private readonly object _spareLock = new();
    private List<FrameSnapshot> _frames = [];
    private FfmpegVideoSink? _spare;
    private CancellationTokenSource? _stop;
    private SegmentInfo? _current;
    private SegmentHasher? _hasher;
    private SegmentEncoder? _encoder;
    private long _bytes;
    private int _frameCount;
    private int _framesRasterized;
    private bool _completed;

    /// <summary>Creates the stage and starts the encoder of the first segment (ffmpeg takes a while to load).</summary>
    /// <param name="video">Encoder settings of every segment (part of the key).</param>
    /// <param name="extension">Segment file extension, e.g. <c>.mp4</c>.</param>
    /// <param name="cache">Where segments are stored.</param>
    /// <param name="lookUp">False to encode every segment even when the cache holds it (<c>--disable-caching</c> renders into a scratch cache).</param>
    public SegmentedVideoOutput(VideoSettings video, string extension, PartialMovieCache cache, bool lookUp = true)
    {
        _video = video;
        _extension = extension;
        _cache = cache;
        _lookUp = lookUp;
        try
        {
            _spare = StartSink();
        }
        catch
        {
            _queue.Dispose();
            throw;
        }
    }

    /// <summary>Builds the output that rasterizes one segment into a sink; the default is a <see cref="RasterOutput"/> on a cairo canvas.</summary>
    public Func<IFrameSink, ISceneOutput>? RasterOutputFactory { get; init; }

    /// <summary>Progress of rasterizing and encoding, reported from the encoding thread, segment after segment in order.</summary>
    public IRenderProgress? Progress { get; init; }

    /// <summary>Checked at every frame: cancelling stops the render and leaves no partial segment file.</summary>
    public CancellationToken Cancellation { get; init; }

    /// <summary>The segments so far, in order; their files exist once <see cref="Complete"/> has returned.</summary>
    public IReadOnlyList<RenderedSegment> Segments => _segments;

    /// <summary>Segments rasterized and encoded in this render.</summary>
    public int SegmentsEncoded { get; private set; }

    /// <summary>Segments reused from the cache.</summary>
    public int SegmentsFromCache { get; private set; }

    /// <summary>Frames rasterized in this render (complete after <see cref="Complete"/>).</summary>
    public int FramesRasterized => Volatile.Read(ref _framesRasterized);

    /// <summary>
    /// Most bytes of display lists held for segments not yet encoded (default 512 MiB). A longer segment starts encoding
    /// before its key is known, into a pending file that becomes the cache entry, or is dropped if the cache already had it.
    /// </summary>
    public long MemoryBudget { get; init; } = 512L * 1024 * 1024;

    /// <summary>Stops the encoding thread when the render is cancelled or the queue is dropped.</summary>
    private CancellationToken Stop
    {
        get
        {
            // Created on first use, after the init-only Cancellation is set; the encoding and scene threads may both ask.
            lock (_spareLock) return (_stop ??= CancellationTokenSource.CreateLinkedTokenSource(Cancellation, _queue.Aborted)).Token;
        }
    }

    /// <inheritdoc/>
    public void BeginSegment(SegmentInfo segment)
    {
        _current = segment;
        _frames = [];
        _bytes = 0;
        _hasher = new SegmentHasher(_video, _extension);
    }

    /// <inheritdoc/>
    /// <exception cref="SegmentEncodingException">An earlier segment failed to encode.</exception>
    public void AddFrame(FrameSnapshot snapshot)
    {
        Cancellation.ThrowIfCancellationRequested();
        _hasher!.Add(snapshot);
        _frameCount++;
        if (_encoder is not null)
        {
            _encoder.Feed(snapshot);
            return;
        }
        // A still stretch (a Wait) repeats one display list: keep one copy, which also lets the rasterizer skip it.
        if (_frames.Count > 0 && snapshot.ContentEquals(_frames[^1]))
        {
            _frames.Add(_frames[^1]);
            if (!ReferenceEquals(snapshot, _frames[^1])) snapshot.Recycle();
            return;
        }
        _frames.Add(snapshot);
        _bytes += EstimateBytes(snapshot);
        if (_bytes + _queue.PendingBytes > MemoryBudget)
        {
            // Spilling encodes on this thread: earlier segments go first, so files and progress stay in order.
            _queue.WaitIdle();
            _encoder = new SegmentEncoder(this, _current!, TakeSink(), Stop);
            foreach (var f in _frames) _encoder.Feed(f);
            _frames = [];
        }
    }

    /// <inheritdoc/>
    /// <exception cref="SegmentEncodingException">An earlier segment failed to encode.</exception>
    public void EndSegment()
    {
        var info = _current ?? throw new InvalidOperationException("EndSegment without BeginSegment.");
        _current = null;
        int frames = _frameCount;
        _frameCount = 0;
        if (_encoder is { } spilled)
        {
            _encoder = null;
            FinishSpilled(info, spilled);
            return;
        }
        if (frames == 0)
        {
            _segments.Add(new RenderedSegment(info, null, false));
            return;
        }
        string key = _hasher!.Key();
        var held = _frames;
        _frames = [];
        if (_lookUp && _cache.TryGet(key, _extension, out string cached))
        {
            SegmentsFromCache++;
            _segments.Add(new RenderedSegment(info, cached, true));
            RecycleAll(held);
            // Reported through the queue so that progress stays in segment order.
            _queue.Enqueue(() => Progress?.SegmentFinished(info, fromCache: true));
            return;
        }
        string path = _cache.PathFor(key, _extension);
        SegmentsEncoded++;
        _segments.Add(new RenderedSegment(info, path, false));
        // The scene may play one segment ahead of the encoder, no more: display lists of at most two segments (the one
        // encoding and the one playing) are held, as the frames of a long segment at 60 fps run to hundreds of MB.
        _queue.WaitIdle();
        _queue.Enqueue(() => Encode(info, held, path), _bytes);
    }

    /// <summary>
    /// Waits until every segment is encoded, then stops the encoder started ahead for a next segment.
    /// </summary>
    /// <exception cref="SegmentEncodingException">A segment failed to encode.</exception>
    /// <exception cref="OperationCanceledException">The render was cancelled.</exception>
    public void Complete()
    {
        if (_completed) return;
        // No segment follows the queued ones: the encoder taken by the last of them is not replaced, and the one waiting
        // (blocked on its input, using no CPU) is stopped once they are done.
        lock (_spareLock) _completed = true;
        _queue.Complete();
        DisposeSpare();
    }

    /// <summary>Stops an encode in progress (a failed or cancelled render), deleting its partial files.</summary>
    public void Abort() => Dispose();

    /// <summary>Stops the encoding thread and any ffmpeg still running; a segment being encoded leaves no file.</summary>
    public void Dispose()
    {
        _queue.Dispose();
        _encoder?.Dispose();
        _encoder = null;
        DisposeSpare();
        _stop?.Dispose();
    }

    private void Encode(SegmentInfo info, List<FrameSnapshot> frames, string path)
    {
        try
        {
            using var encoder = new SegmentEncoder(this, info, TakeSink(), Stop);
            foreach (var f in frames) encoder.Feed(f);
            encoder.Complete();
            File.Move(encoder.PendingPath, path, overwrite: true);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            throw new SegmentEncodingException(info, e);
        }
        Progress?.SegmentFinished(info, fromCache: false);
    }

    private void FinishSpilled(SegmentInfo info, SegmentEncoder encoder)
    {
        using (encoder)
        {
            try
            {
                encoder.Complete();
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                throw new SegmentEncodingException(info, e);
            }
        }
        string key = _hasher!.Key();
        string path = _cache.PathFor(key, _extension);
        // Same frames, same encoder: the pending file has exactly the bytes a cached copy would have.
        if (_lookUp && _cache.TryGet(key, _extension, out _)) File.Delete(encoder.PendingPath);
        else File.Move(encoder.PendingPath, path, overwrite: true);
        SegmentsEncoded++;
        _segments.Add(new RenderedSegment(info, path, false));
        Progress?.SegmentFinished(info, fromCache: false);
    }

    /// <summary>The encoder started ahead of time, replaced by a new one for the segment after.</summary>
    private FfmpegVideoSink TakeSink()
    {
        lock (_spareLock)
        {
            var sink = _spare ?? StartSink();
            _spare = _completed ? null : StartSink();
            return sink;
        }
    }

    /// <summary>Starts ffmpeg writing a hidden pending file in the cache folder, renamed to its key once encoded.</summary>
    private FfmpegVideoSink StartSink() =>
        new(Path.Combine(_cache.Directory, $".pending-{Guid.NewGuid():N}{_extension}"), _video);

    private void DisposeSpare()
    {
        lock (_spareLock)
        {
            _spare?.Dispose();
            _spare = null;
        }
    }

    private static void RecycleAll(List<FrameSnapshot> frames)
    {
        // Repeats of a still are the same object, held in a row.
        for (int i = 0; i < frames.Count; i++)
            if (i == 0 || !ReferenceEquals(frames[i], frames[i - 1])) frames[i].Recycle();
    }

    private static long EstimateBytes(FrameSnapshot snapshot)
    {
        long bytes = 64;
        foreach (var item in snapshot.Items)
        {
            bytes += 96 + sizeof(float) * item switch
            {
                VectorItem v => v.Points.Length + (v.CurveStrokeWidths?.Length ?? 0),
                DotCloudItem d => d.Centers.Length + d.Radii.Length + d.Colors.Length,
                ShadedQuadItem q => q.Corners.Length + q.Colors.Length,
                // The bitmap itself is shared, not copied per frame.
                ImageItem i => i.Matrix.Length,
                _ => 0,
            };
        }
        return bytes;
    }

    /// <summary>One segment being rasterized and encoded: a sink, a canvas and the rasterizing stage.</summary>
    private sealed class SegmentEncoder : IDisposable
    {
        private readonly SegmentedVideoOutput _owner;
        private readonly FfmpegVideoSink _sink;
        private readonly CancellationToken _stop;
        private readonly Rendering.Cairo.CairoCanvas? _canvas;
        private readonly ISceneOutput _inner;
        private int _fed;
        private bool _closed;

        /// <summary>Encodes <paramref name="info"/> through <paramref name="sink"/>, which writes a pending file.</summary>
        public SegmentEncoder(SegmentedVideoOutput owner, SegmentInfo info, FfmpegVideoSink sink, CancellationToken stop)
        {
            _owner = owner;
            _sink = sink;
            _stop = stop;
            try
            {
                owner.Progress?.SegmentStarted(info);
                _canvas = owner.RasterOutputFactory is null ? new Rendering.Cairo.CairoCanvas() : null;
                // The rasterizer owns the snapshots from here on and recycles each one once it is painted.
                _inner = owner.RasterOutputFactory?.Invoke(_sink) ?? new RasterOutput(_canvas!, _sink) { RecycleSnapshots = true };
                _inner.BeginSegment(info);
            }
            catch
            {
                // The sink's ffmpeg is already running: stop it so that no process or partial file outlives the failure.
                (_inner as IDisposable)?.Dispose();
                sink.Dispose();
                throw;
            }
        }

        /// <summary>The file ffmpeg writes (complete once <see cref="Complete"/> returns).</summary>
        public string PendingPath => _sink.OutputPath;

        public void Feed(FrameSnapshot snapshot)
        {
            _stop.ThrowIfCancellationRequested();
            _inner.AddFrame(snapshot);
            _owner.Progress?.FramesDone(++_fed);
        }

        public void Complete()
        {
            _inner.EndSegment();
            // A pipelined rasterizer still holds frames: wait until all of them reached the sink.
            if (_inner is ParallelRasterOutput parallel) parallel.Complete();
            int rasterized = _inner switch
            {
                RasterOutput r => r.FramesRasterized,
                ParallelRasterOutput p => p.FramesRasterized,
                _ => _fed,
            };
            Interlocked.Add(ref _owner._framesRasterized, rasterized);
            Close();
            _sink.Complete();
        }

        public void Dispose()
        {
            Close();
            _sink.Dispose();
        }

        private void Close()
        {
            if (_closed) return;
            _closed = true;
            (_inner as IDisposable)?.Dispose();
            _canvas?.Dispose();
        }
    }
}
