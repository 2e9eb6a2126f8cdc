using AnimLib.Rendering;

namespace AnimLib.Output;

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

    /// <inheritdoc/>
    public void BeginSegment(SegmentInfo segment) => SegmentStarted?.Invoke(segment);

    /// <inheritdoc/>
    public void AddFrame(FrameSnapshot snapshot)
    {
        if (_buffer is null || _buffer.Width != snapshot.PixelWidth || _buffer.Height != snapshot.PixelHeight)
        {
            _buffer = new FrameBuffer(snapshot.PixelWidth, snapshot.PixelHeight);
            _previous = null;
        }
        if (!snapshot.ContentEquals(_previous))
        {
            _canvas.Render(snapshot, _buffer);
            FramesRasterized++;
            _previous = snapshot;
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
        _previous = null;
    }
}
