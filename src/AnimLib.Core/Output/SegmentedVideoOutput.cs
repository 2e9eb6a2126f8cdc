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
/// are vector data, far smaller than the pixels.
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

    /// <inheritdoc/>
    public void BeginSegment(SegmentInfo segment)
    {
        _current = segment;
        _frames.Clear();
        _hasher = new SegmentHasher(_video, _extension);
    }

    /// <inheritdoc/>
    public void AddFrame(FrameSnapshot snapshot)
    {
        Cancellation.ThrowIfCancellationRequested();
        _frames.Add(snapshot);
        _hasher!.Add(snapshot);
    }

    /// <inheritdoc/>
    public void EndSegment()
    {
        var info = _current ?? throw new InvalidOperationException("EndSegment without BeginSegment.");
        _current = null;
        if (_frames.Count == 0)
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
        Encode(info, path);
        SegmentsEncoded++;
        _segments.Add(new RenderedSegment(info, path, false));
        Progress?.SegmentFinished(info, fromCache: false);
        _frames.Clear();
    }

    private void Encode(SegmentInfo info, string path)
    {
        Progress?.SegmentStarted(info);
        // The sink writes a temporary file and renames it when ffmpeg succeeds: a cache file is always complete.
        using var sink = new FfmpegVideoSink(path, _video);
        using var canvas = RasterOutputFactory is null ? new Rendering.Cairo.CairoCanvas() : null;
        var inner = RasterOutputFactory?.Invoke(sink) ?? new RasterOutput(canvas!, sink);
        try
        {
            inner.BeginSegment(info with { FrameCount = _frames.Count });
            for (int i = 0; i < _frames.Count; i++)
            {
                Cancellation.ThrowIfCancellationRequested();
                inner.AddFrame(_frames[i]);
                Progress?.FramesDone(i + 1);
            }
            inner.EndSegment();
            FramesRasterized += inner is RasterOutput r ? r.FramesRasterized : _frames.Count;
        }
        finally
        {
            (inner as IDisposable)?.Dispose();
        }
        sink.Complete();
    }
}
