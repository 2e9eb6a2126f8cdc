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
/// are vector data, far smaller than the pixels, and a run of identical frames is held once. A segment whose display lists
/// outgrow <see cref="MemoryBudget"/> is encoded while it plays instead (a cache hit then saves only the file, not the work).
/// </remarks>
public sealed class SegmentedVideoOutput : ISceneOutput
{
    private readonly VideoSettings _video;
    private readonly string _extension;
    private readonly PartialMovieCache _cache;
    private readonly bool _lookUp;
    private readonly List<FrameSnapshot> _frames = [];
    private readonly List<RenderedSegment> _segments = [];
    private SegmentInfo? _current;
    private SegmentHasher? _hasher;
    private SegmentEncoder? _encoder;
    private long _bytes;
    private int _frameCount;

    /// <summary>Creates the stage.</summary>
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
    }

    /// <summary>Builds the output that rasterizes one segment into a sink; the default is a <see cref="RasterOutput"/> on a cairo canvas.</summary>
    public Func<IFrameSink, ISceneOutput>? RasterOutputFactory { get; init; }

    /// <summary>Progress of rasterizing and encoding.</summary>
    public IRenderProgress? Progress { get; init; }

    /// <summary>Checked at every frame: cancelling stops the render and leaves no partial segment file.</summary>
    public CancellationToken Cancellation { get; init; }

    /// <summary>The segments so far, in order.</summary>
    public IReadOnlyList<RenderedSegment> Segments => _segments;

    /// <summary>Segments rasterized and encoded in this render.</summary>
    public int SegmentsEncoded { get; private set; }

    /// <summary>Segments reused from the cache.</summary>
    public int SegmentsFromCache { get; private set; }

    /// <summary>Frames rasterized in this render.</summary>
    public int FramesRasterized { get; private set; }

    /// <summary>
    /// Most bytes of display lists held for one segment (default 512 MiB). A longer segment starts encoding before its key
    /// is known, into a pending file that becomes the cache entry, or is dropped if the cache already had it.
    /// </summary>
    public long MemoryBudget { get; init; } = 512L * 1024 * 1024;

    /// <inheritdoc/>
    public void BeginSegment(SegmentInfo segment)
    {
        _current = segment;
        _frames.Clear();
        _bytes = 0;
        _hasher = new SegmentHasher(_video, _extension);
    }

    /// <inheritdoc/>
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
            return;
        }
        _frames.Add(snapshot);
        _bytes += EstimateBytes(snapshot);
        if (_bytes > MemoryBudget)
        {
            _encoder = new SegmentEncoder(this, _current!, _cache.Directory);
            foreach (var f in _frames) _encoder.Feed(f);
            _frames.Clear();
        }
    }

    /// <inheritdoc/>
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
        if (_lookUp && _cache.TryGet(key, _extension, out string cached))
        {
            SegmentsFromCache++;
            _segments.Add(new RenderedSegment(info, cached, true));
            Progress?.SegmentFinished(info, fromCache: true);
            _frames.Clear();
            return;
        }
        string path = _cache.PathFor(key, _extension);
        using (var encoder = new SegmentEncoder(this, info, path))
        {
            foreach (var f in _frames) encoder.Feed(f);
            encoder.Complete();
        }
        _frames.Clear();
        SegmentsEncoded++;
        _segments.Add(new RenderedSegment(info, path, false));
        Progress?.SegmentFinished(info, fromCache: false);
    }

    /// <summary>Stops an encode in progress (a failed or cancelled render), deleting its partial file.</summary>
    public void Abort()
    {
        _encoder?.Dispose();
        _encoder = null;
    }

    private void FinishSpilled(SegmentInfo info, SegmentEncoder encoder)
    {
        using (encoder)
        {
            encoder.Complete();
        }
        string key = _hasher!.Key();
        string path = _cache.PathFor(key, _extension);
        // Same frames, same encoder: the pending file has exactly the bytes a cached copy would have.
        if (_lookUp && _cache.TryGet(key, _extension, out _)) File.Delete(encoder.Path);
        else File.Move(encoder.Path, path, overwrite: true);
        SegmentsEncoded++;
        _segments.Add(new RenderedSegment(info, path, false));
        Progress?.SegmentFinished(info, fromCache: false);
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
        private readonly Rendering.Cairo.CairoCanvas? _canvas;
        private readonly ISceneOutput _inner;
        private int _fed;
        private bool _closed;

        /// <summary>Starts encoding <paramref name="info"/> into <paramref name="target"/> (a folder: a hidden pending file in it).</summary>
        public SegmentEncoder(SegmentedVideoOutput owner, SegmentInfo info, string target)
        {
            _owner = owner;
            Path = Directory.Exists(target)
                ? System.IO.Path.Combine(target, $".pending-{Guid.NewGuid():N}{owner._extension}")
                : target;
            owner.Progress?.SegmentStarted(info);
            // The sink writes a temporary file and renames it when ffmpeg succeeds: a cache file is always complete.
            _sink = new FfmpegVideoSink(Path, owner._video);
            _canvas = owner.RasterOutputFactory is null ? new Rendering.Cairo.CairoCanvas() : null;
            _inner = owner.RasterOutputFactory?.Invoke(_sink) ?? new RasterOutput(_canvas!, _sink);
            _inner.BeginSegment(info);
        }

        public string Path { get; }

        public void Feed(FrameSnapshot snapshot)
        {
            _owner.Cancellation.ThrowIfCancellationRequested();
            _inner.AddFrame(snapshot);
            _owner.Progress?.FramesDone(++_fed);
        }

        public void Complete()
        {
            _inner.EndSegment();
            // A pipelined rasterizer still holds frames: wait until all of them reached the sink.
            if (_inner is ParallelRasterOutput parallel) parallel.Complete();
            _owner.FramesRasterized += _inner switch
            {
                RasterOutput r => r.FramesRasterized,
                ParallelRasterOutput p => p.FramesRasterized,
                _ => _fed,
            };
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
