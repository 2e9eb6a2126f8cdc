using System.Diagnostics;
using AnimLib.Display;
using AnimLib.Encoding;
using AnimLib.Rendering;
using AnimLib.Scenes;

namespace AnimLib.Pipeline;

/// <summary>
/// The partial-movie cache stage: collects each segment's display lists, keys them with <see cref="SegmentHasher"/>,
/// and either reuses the cached video of an identical segment or rasterizes and encodes the segment into the cache
/// through a <see cref="FrameStage"/> (<see cref="Jobs"/> rasterizing threads, canvases from <see cref="CanvasFactory"/>).
/// The segment videos are joined afterwards by <see cref="VideoAssembler"/>.
/// </summary>
/// <remarks>
/// Rasterizing waits for the end of a segment because the key needs all of its frames; the display lists held meanwhile
/// are vector data, far smaller than the pixels, and a run of identical frames is held once. A finished segment is encoded
/// on a background thread while the scene plays on (<see cref="SegmentEncodeQueue"/>), and the next segment's ffmpeg is
/// started ahead of time, so neither the scene logic nor ffmpeg's start-up waits for the previous encode. Short segments
/// that wait together are encoded by one ffmpeg with an encoder per segment (the same bytes, one process start instead
/// of several); past 64 MiB of waiting display lists the scene waits for the encoder.
/// A segment whose display lists outgrow half of <see cref="MemoryBudget"/> is cut there into pieces, each keyed, cached
/// and joined like a segment of its own. The cuts depend on nothing but what the segment draws, so every render of it
/// cuts in the same places and a warm cache (or the join after shards) finds every piece. Call <see cref="Complete"/>
/// once the scene has finished, and <see cref="Dispose"/> in every case.
/// </remarks>
internal sealed class SegmentedVideoOutput : ISceneOutput, IDisposable
{
    private readonly VideoSettings _video;
    private readonly string _extension;
    private readonly PartialMovieCache _cache;
    private readonly bool _lookUp;
    private readonly List<RenderedSegment> _segments = [];
    private readonly SegmentEncodeQueue _queue = new();
    private readonly object _spareLock = new();
    private readonly object _waitingLock = new();
    private readonly List<PendingSegment> _waiting = [];
    private readonly int _maxBatch;
    private bool _drainScheduled;
    private long _waitingBytes;
    private List<FrameSnapshot> _frames = [];
    private FfmpegVideoSink? _spare;
    private CancellationTokenSource? _stop;
    private SegmentInfo? _current;
    private SegmentHasher? _hasher;
    private long _bytes;
    // The current piece's frames; the frames of the segment's earlier pieces; whether any piece of it was encoded.
    private int _frameCount;
    private int _piecesFrames;
    private bool _pieceEncoded;
    // On the encoding thread: the segment whose start was reported to Progress and whose end was not yet (-1: none).
    private int _progressOpen = -1;
    private int _framesRasterized;
    private readonly object _timesLock = new();
    private readonly RenderStageTimes _encodingTimes = new();
    private long _compareTicks;
    private long _waitTicks;
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
        // Short segments waiting together share one ffmpeg, one encoder each (the same bytes, one process start instead
        // of several). Every encoder keeps its buffers until that ffmpeg ends, so how many share one goes down with the
        // frame size: 7 at 480p, 3 at 720p, none at 1080p.
        _maxBatch = FfmpegVideoSink.PipesYuv420(video) && video.Codec == "libx264"
            ? Math.Clamp(3_000_000 / Math.Max(1, video.Width * video.Height), 1, 8)
            : 1;
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

    /// <summary>Rasterizing threads of the frame stage that paints each encoded segment (0: one per core).</summary>
    public int Jobs { get; init; } = 1;

    /// <summary>Makes the canvas of each rasterizing thread; null for a Skia canvas. The pixels must not depend on it being called again.</summary>
    public Func<ICanvas>? CanvasFactory { get; init; }

    /// <summary>Progress of rasterizing and encoding, reported from the encoding thread, segment after segment in order.</summary>
    public IRenderProgress? Progress { get; init; }

    /// <summary>
    /// Receives a one-line warning for each cached segment that failed its check (cut short, emptied, altered, or without
    /// a record) and is encoded again.
    /// </summary>
    public Action<string>? Warning { get; init; }

    /// <summary>Checked at every frame: cancelling stops the render and leaves no partial segment file.</summary>
    public CancellationToken Cancellation { get; init; }

    /// <summary>The segments so far, in order; their files exist once <see cref="Complete"/> has returned.</summary>
    public IReadOnlyList<RenderedSegment> Segments => _segments;

    /// <summary>Segments rasterized and encoded in this render.</summary>
    public int SegmentsEncoded { get; private set; }

    /// <summary>Segments reused from the cache.</summary>
    public int SegmentsFromCache { get; private set; }

    /// <summary>
    /// Time per stage so far: comparing and keying snapshots and waiting for the encoder (scene thread), rasterizing and
    /// writing to ffmpeg (summed over the frame stages of the encoded segments). Complete after <see cref="Complete"/>.
    /// </summary>
    public RenderStageTimes Times
    {
        get
        {
            lock (_timesLock)
            {
                return new RenderStageTimes
                {
                    Compare = TimeSpan.FromTicks(_compareTicks),
                    Backpressure = TimeSpan.FromTicks(_waitTicks),
                    Rasterize = _encodingTimes.Rasterize,
                    EncoderWait = _encodingTimes.EncoderWait,
                };
            }
        }
    }

    /// <summary>Frames rasterized in this render (complete after <see cref="Complete"/>).</summary>
    public int FramesRasterized => Volatile.Read(ref _framesRasterized);

    /// <summary>
    /// Most bytes of display lists held for segments not yet encoded (default 256 MiB). A segment is cut into pieces
    /// wherever its own display lists reach half of it, so that one piece can be encoded while the next one plays.
    /// </summary>
    public long MemoryBudget { get; init; } = 256L * 1024 * 1024;

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
        _frameCount = 0;
        _piecesFrames = 0;
        _pieceEncoded = false;
        _hasher = new SegmentHasher(_video, _extension);
    }

    /// <inheritdoc/>
    /// <exception cref="SegmentEncodingException">An earlier segment failed to encode.</exception>
    public void AddFrame(FrameSnapshot snapshot)
    {
        Cancellation.ThrowIfCancellationRequested();
        long start = Stopwatch.GetTimestamp();
        _hasher!.Add(snapshot);
        _frameCount++;
        // A still stretch (a Wait) repeats one display list: keep one copy, which also lets the rasterizer skip it.
        bool repeat = _frames.Count > 0 && snapshot.ContentEquals(_frames[^1]);
        _compareTicks += Stopwatch.GetElapsedTime(start).Ticks;
        if (repeat)
        {
            _frames.Add(_frames[^1]);
            if (!ReferenceEquals(snapshot, _frames[^1])) snapshot.Recycle();
            return;
        }
        _frames.Add(snapshot);
        _bytes += snapshot.EstimatedBytes;
        // The cut depends only on this piece's own display lists (not on what still waits for the encoder), so every
        // render of the segment cuts at the same frames and keys the same pieces.
        if (_bytes >= PieceBytes) EndPiece(closesSegment: false);
    }

    /// <inheritdoc/>
    /// <exception cref="SegmentEncodingException">An earlier segment failed to encode.</exception>
    public void EndSegment()
    {
        var info = _current ?? throw new InvalidOperationException("EndSegment without BeginSegment.");
        if (_frameCount == 0 && _piecesFrames == 0)
        {
            _current = null;
            _segments.Add(new RenderedSegment(info, null, 0));
            return;
        }
        if (_frameCount > 0) EndPiece(closesSegment: true);
        // The last frame ended a piece: only the segment's end is left to report, in order with its pieces.
        else Submit(new PendingSegment(info, null, null, 0, _piecesFrames, ClosesSegment: true, FromCacheWhole: !_pieceEncoded));
        if (_pieceEncoded) SegmentsEncoded++;
        else SegmentsFromCache++;
        _current = null;
    }

    /// <summary>
    /// Keys the frames held since the segment's start or its last cut, then reuses their cached video or hands them to
    /// the encoding thread.
    /// </summary>
    private void EndPiece(bool closesSegment)
    {
        // A long segment cuts many pieces: stop at the first one after an earlier encode failed.
        _queue.ThrowIfFailed();
        var info = _current!;
        string key = _hasher!.Key();
        var held = _frames;
        int frames = _frameCount;
        int firstFrame = _piecesFrames;
        long bytes = _bytes;
        _frames = [];
        _bytes = 0;
        _frameCount = 0;
        _piecesFrames += frames;
        _hasher = new SegmentHasher(_video, _extension);
        if (_lookUp && Look(info, key, frames, out string cached))
        {
            _segments.Add(new RenderedSegment(info, cached, frames));
            RecycleAll(held);
            // Reported by the encoding thread, so that progress stays in segment order.
            Submit(new PendingSegment(info, null, null, 0, firstFrame, closesSegment, FromCacheWhole: !_pieceEncoded));
            return;
        }
        _pieceEncoded = true;
        _segments.Add(new RenderedSegment(info, _cache.PathFor(key, _extension), frames));
        // Short segments may pile up while the encoder is busy (they are then encoded together); past RunAheadBytes the
        // scene waits for the encoder, so a run of long segments holds the display lists of two: one encoding, one playing.
        if (Interlocked.Read(ref _waitingBytes) + bytes > RunAheadBytes)
        {
            long waitStart = Stopwatch.GetTimestamp();
            _queue.WaitIdle();
            _waitTicks += Stopwatch.GetElapsedTime(waitStart).Ticks;
        }
        Submit(new PendingSegment(info, held, key, bytes, firstFrame, closesSegment, FromCacheWhole: false));
    }

    /// <summary>Bytes of display lists at which a segment is cut into pieces: one piece encoding and one playing fit the budget.</summary>
    private long PieceBytes => Math.Max(1, MemoryBudget / 2);

    /// <summary>Bytes of display lists that may wait for the encoder while the scene plays on.</summary>
    private long RunAheadBytes => Math.Min(PieceBytes, 64L * 1024 * 1024);

    /// <summary>Adds the stage times of one segment encoder (on the encoding thread).</summary>
    private void AddTimes(RenderStageTimes times)
    {
        lock (_timesLock)
        {
            _encodingTimes.Rasterize += times.Rasterize;
            _encodingTimes.EncoderWait += times.EncoderWait;
        }
    }

    /// <summary>Hands a finished segment to the encoding thread, which takes waiting segments in order.</summary>
    private void Submit(PendingSegment segment)
    {
        lock (_waitingLock)
        {
            _waiting.Add(segment);
            Interlocked.Add(ref _waitingBytes, segment.Bytes);
            if (_drainScheduled) return;
            _drainScheduled = true;
        }
        _queue.Enqueue(Drain);
    }

    /// <summary>On the encoding thread: reports cache hits and encodes waiting segments, several at a time, until none waits.</summary>
    private void Drain()
    {
        while (true)
        {
            var batch = new List<PendingSegment>();
            lock (_waitingLock)
            {
                if (_waiting.Count == 0)
                {
                    _drainScheduled = false;
                    return;
                }
                // A cache hit goes alone; encodes go together up to the batch size, never past a hit (order).
                do
                {
                    batch.Add(_waiting[0]);
                    _waiting.RemoveAt(0);
                }
                while (batch[0].Frames is not null && batch.Count < _maxBatch && _waiting.Count > 0 && _waiting[0].Frames is not null);
            }
            if (batch[0].Frames is null) Finished(batch[0], fromCache: batch[0].FromCacheWhole);
            else Encode(batch);
            Interlocked.Add(ref _waitingBytes, -batch.Sum(b => b.Bytes));
        }
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

    /// <summary>
    /// Stops the encoding thread and any ffmpeg still running (after a failed or cancelled render, or after
    /// <see cref="Complete"/>); a segment being encoded leaves no file.
    /// </summary>
    public void Dispose()
    {
        _queue.Dispose();
        DisposeSpare();
        _stop?.Dispose();
    }

    /// <summary>
    /// Encodes waiting segments in order: a lone one through the ffmpeg started ahead of time, several through one ffmpeg
    /// with an encoder and a file per segment.
    /// </summary>
    private void Encode(List<PendingSegment> batch)
    {
        var current = batch[0];
        try
        {
            var sink = batch.Count == 1 ? TakeSink() : new FfmpegVideoSink(batch.Select(b => (PendingPath(), b.Frames!.Count)).ToList(), _video);
            using var encoder = new SegmentEncoder(this, current, sink, Stop);
            for (int i = 0; i < batch.Count; i++)
            {
                if (i > 0)
                {
                    // Every frame of the segment before reaches the sink first, so a failure among them is reported as its own.
                    encoder.Drain();
                    Finished(current, fromCache: false);
                    current = batch[i];
                    encoder.BeginNext(current);
                }
                foreach (var f in batch[i].Frames!) encoder.Feed(f);
            }
            encoder.Complete();
            // Each file was checked (frames, duration) by the sink before it was renamed from ffmpeg's temporary name.
            for (int i = 0; i < batch.Count; i++) _cache.Add(batch[i].Key!, _extension, encoder.PendingPaths[i], batch[i].Frames!.Count);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            throw new SegmentEncodingException(current.Info, e);
        }
        Finished(current, fromCache: false);
    }

    /// <summary>On the encoding thread: a piece is about to be encoded; reports its segment's start unless an earlier piece did.</summary>
    private void Starting(PendingSegment piece)
    {
        if (_progressOpen == piece.Info.Index) return;
        _progressOpen = piece.Info.Index;
        Progress?.SegmentStarted(piece.Info);
    }

    /// <summary>On the encoding thread: a piece is done; reports its segment's end when it was the last piece.</summary>
    private void Finished(PendingSegment piece, bool fromCache)
    {
        if (!piece.ClosesSegment) return;
        _progressOpen = -1;
        Progress?.SegmentFinished(piece.Info, fromCache);
    }

    /// <summary>Looks the segment up in the cache, warning about an entry that was there but failed its check.</summary>
    private bool Look(SegmentInfo info, string key, int frames, out string path)
    {
        if (_cache.TryGet(key, _extension, frames, out path, out string? rejected)) return true;
        if (rejected is not null)
            Warning?.Invoke($"cached segment {Path.GetFileName(path)} of animation {info.Index} ({info.Name}) {rejected}; it was deleted and is encoded again.");
        return false;
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
    private FfmpegVideoSink StartSink() => new(PendingPath(), _video);

    // The owner token lets the next render remove this file if this process is killed before renaming it (StaleTempFiles).
    private string PendingPath() => Path.Combine(_cache.Directory, $".pending-{TempFileOwner.Current}-{Guid.NewGuid():N}{_extension}");

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

    /// <summary>
    /// A finished segment, or a piece of one, waiting for the encoding thread: frames to encode into the cache under
    /// <c>Key</c>, or (no frames) a cache hit or a segment's end to report.
    /// </summary>
    /// <param name="Info">The segment it belongs to.</param>
    /// <param name="Frames">Its display lists, in order (repeats of a still are one object); null for a hit or an end.</param>
    /// <param name="Key">Its cache key, under which the encoded file is stored.</param>
    /// <param name="Bytes">Bytes of its display lists, counted against the memory budget while it waits.</param>
    /// <param name="FirstFrame">Frames of the segment in its earlier pieces (progress counts frames per segment).</param>
    /// <param name="ClosesSegment">The segment's last piece: its end is reported once this one is done.</param>
    /// <param name="FromCacheWhole">When it closes the segment: every piece of the segment came from the cache.</param>
    private sealed record PendingSegment(SegmentInfo Info, List<FrameSnapshot>? Frames, string? Key, long Bytes,
        int FirstFrame, bool ClosesSegment, bool FromCacheWhole);

    /// <summary>One segment being rasterized and encoded: a sink, a canvas and the rasterizing stage.</summary>
    private sealed class SegmentEncoder : IDisposable
    {
        private readonly SegmentedVideoOutput _owner;
        private readonly FfmpegVideoSink _sink;
        private readonly CancellationToken _stop;
        private readonly FrameStage? _stage;
        private int _fed;
        private bool _closed;

        /// <summary>Encodes <paramref name="piece"/> through <paramref name="sink"/>, which writes a pending file.</summary>
        public SegmentEncoder(SegmentedVideoOutput owner, PendingSegment piece, FfmpegVideoSink sink, CancellationToken stop)
        {
            _owner = owner;
            _sink = sink;
            _stop = stop;
            _fed = piece.FirstFrame;
            try
            {
                owner.Starting(piece);
                // The frame stage owns the snapshots from here on and recycles each one once it is painted.
                _stage = new FrameStage(_sink, owner.Jobs, owner.CanvasFactory) { RecycleSnapshots = true };
            }
            catch
            {
                // The sink's ffmpeg is already running: stop it so that no process or partial file outlives the failure.
                sink.Dispose();
                throw;
            }
        }

        /// <summary>The file ffmpeg writes (complete once <see cref="Complete"/> returns).</summary>
        public string PendingPath => _sink.OutputPath;

        /// <summary>Every file ffmpeg writes, one per segment, when segments share it.</summary>
        public IReadOnlyList<string> PendingPaths => _sink.OutputPaths;

        /// <summary>The frames that follow belong to <paramref name="piece"/> (segments sharing one ffmpeg).</summary>
        public void BeginNext(PendingSegment piece)
        {
            _fed = piece.FirstFrame;
            _owner.Starting(piece);
        }

        /// <summary>Waits until every frame fed so far reached ffmpeg; rethrows a failure of the frame stage.</summary>
        public void Drain() => _stage!.Drain();

        public void Feed(FrameSnapshot snapshot)
        {
            _stop.ThrowIfCancellationRequested();
            _stage!.Add(snapshot);
            _owner.Progress?.FramesDone(++_fed);
        }

        public void Complete()
        {
            // The stage still holds frames: wait until all of them reached the sink.
            _stage!.Complete();
            Interlocked.Add(ref _owner._framesRasterized, _stage.FramesRasterized);
            _owner.AddTimes(_stage.Times);
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
            _stage?.Dispose();
        }
    }
}
