using AnimLib.Display;
using AnimLib.Scenes;

namespace AnimLib.Rendering;

/// <summary>
/// The plain scene output: rasterizes each snapshot with an <see cref="ICanvas"/> and hands the pixels to an
/// <see cref="IFrameSink"/>, in order. A frame identical to the previous one is not rasterized again.
/// </summary>
public sealed class RasterOutput : ISceneOutput, IDisposable
{
    private readonly ICanvas _canvas;
    private readonly IFrameSink _sink;
    private FrameBuffer? _buffer;
    private FrameSnapshot? _previous;
    private FrameSnapshot? _lastInput;
    private bool _lastInputIsCopy;

    /// <summary>Creates the output; it owns neither the canvas nor the sink.</summary>
    public RasterOutput(ICanvas canvas, IFrameSink sink)
    {
        _canvas = canvas;
        _sink = sink;
    }

    /// <summary>Frames written so far.</summary>
    public int FramesWritten { get; private set; }

    /// <summary>Frames that were rasterized (the rest repeated the previous frame).</summary>
    public int FramesRasterized { get; private set; }

    /// <summary>Called when a segment starts (for progress reporting).</summary>
    public Action<SegmentInfo>? SegmentStarted { get; init; }

    /// <summary>Called after each frame is written (for progress reporting).</summary>
    public Action<int>? FrameWritten { get; init; }

    /// <summary>
    /// True when this output owns the snapshots it is given: each one is recycled (its arrays returned to the pool they
    /// came from) as soon as it is painted and no longer needed to recognise a repeated frame.
    /// </summary>
    public bool RecycleSnapshots { get; init; }

    /// <inheritdoc/>
    public void BeginSegment(SegmentInfo segment) => SegmentStarted?.Invoke(segment);

    /// <inheritdoc/>
    public void AddFrame(FrameSnapshot snapshot)
    {
        if (_buffer is null || _buffer.Width != snapshot.PixelWidth || _buffer.Height != snapshot.PixelHeight)
        {
            _buffer = new FrameBuffer(snapshot.PixelWidth, snapshot.PixelHeight);
            Replace(null);
        }
        if (!ReferenceEquals(snapshot, _lastInput))
        {
            // The same snapshot may come several times in a row (a held still); it is done with once another one follows.
            if (RecycleSnapshots && _lastInputIsCopy) _lastInput!.Recycle();
            _lastInput = snapshot;
            _lastInputIsCopy = false;
        }
        if (!snapshot.ContentEquals(_previous))
        {
            _canvas.Render(snapshot, _buffer);
            FramesRasterized++;
            Replace(snapshot);
        }
        else if (!ReferenceEquals(snapshot, _previous))
        {
            // An equal copy of the previous frame: its pixels are already in the buffer, and it is not kept.
            _lastInputIsCopy = true;
        }
        _sink.WriteFrame(_buffer);
        FramesWritten++;
        FrameWritten?.Invoke(FramesWritten);
    }

    /// <inheritdoc/>
    public void EndSegment()
    {
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        _buffer = null;
        if (RecycleSnapshots && _lastInputIsCopy) _lastInput!.Recycle();
        _lastInput = null;
        _lastInputIsCopy = false;
        Replace(null);
    }

    /// <summary>Makes <paramref name="next"/> the frame whose pixels the buffer holds; the one before is done with.</summary>
    private void Replace(FrameSnapshot? next)
    {
        if (RecycleSnapshots && _previous is not null && !ReferenceEquals(_previous, next)) _previous.Recycle();
        _previous = next;
    }
}
