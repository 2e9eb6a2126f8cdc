using AnimLib.Display;
using SkiaSharp;

namespace AnimLib.Rendering;

/// <summary>
/// Rasterizes <see cref="FrameSnapshot"/>s with Skia, straight into a <see cref="FrameBuffer"/>'s pixels (no copy).
/// </summary>
/// <remarks>
/// Fills use the non-zero winding rule; strokes use round joins and caps, as in Manim. Surfaces are triangle meshes with
/// per-vertex colours, filled in one pass each (<see cref="GouraudTriangleRasterizer"/>), so they show no seams. One instance may paint any number of frames of
/// any size but must not be used from two threads at once: it keeps its paints and scratch arrays between frames.
/// </remarks>
public sealed partial class SkiaCanvas : ICanvas, IDisplayItemPainter
{
    private readonly SKPaint _fill = new() { IsAntialias = true, Style = SKPaintStyle.Fill };
    private readonly SKPaint _stroke = new()
    {
        IsAntialias = true,
        Style = SKPaintStyle.Stroke,
        StrokeJoin = SKStrokeJoin.Round,
        StrokeCap = SKStrokeCap.Round,
    };
    private readonly SKPaint _plain = new();
    // Images are drawn with antialiased edges: a rotated or scaled image's border is smooth and covers partly covered pixels partly.
    private readonly SKPaint _image = new() { IsAntialias = true };
    private readonly SKPathBuilder _path = new() { FillType = SKPathFillType.Winding };
    private bool _disposed;

    // The frame being painted while Render runs, and the index of the item being painted (named in errors).
    private SKCanvas? _target;
    private int _itemIndex;

    /// <inheritdoc/>
    /// <exception cref="ArgumentException">The snapshot and buffer sizes differ, or an item's arrays are malformed.</exception>
    public unsafe void Render(FrameSnapshot snapshot, FrameBuffer target)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        ArgumentNullException.ThrowIfNull(target);
        ObjectDisposedException.ThrowIf(_disposed, this);
        snapshot.EnsureReadable();
        if (snapshot.PixelWidth != target.Width || snapshot.PixelHeight != target.Height)
            throw new ArgumentException(
                $"Snapshot is {snapshot.PixelWidth}x{snapshot.PixelHeight} but the target buffer is {target.Width}x{target.Height}.",
                nameof(target));

        // The frame buffer's layout is Skia's BGRA_8888 premultiplied, so Skia paints into the managed array directly.
        var info = new SKImageInfo(target.Width, target.Height, SKColorType.Bgra8888, SKAlphaType.Premul);
        fixed (byte* pixels = target.Pixels)
        {
            using var surface = SKSurface.Create(info, (nint)pixels, target.Stride)
                ?? throw new InvalidOperationException($"Skia could not wrap a {target.Width}x{target.Height} frame buffer.");
            var canvas = surface.Canvas;
            // Clear replaces whatever the reused buffer held, alpha included.
            canvas.Clear(ToColor(snapshot.Background));
            // Each item calls back this canvas's method for its kind (IDisplayItemPainter), which paints onto _target.
            _target = canvas;
            _targetPixels = (nint)pixels;
            _targetBuffer = target;
            try
            {
                var items = snapshot.Items;
                for (int i = 0; i < items.Count; i++)
                {
                    _itemIndex = i;
                    items[i].PaintOn(this);
                }
            }
            finally
            {
                _target = null;
                _targetPixels = 0;
                _targetBuffer = null;
            }
            canvas.Flush();
        }
    }

    /// <summary>Releases the paints and path builder.</summary>
    public void Dispose()
    {
        if (_disposed) return;
        _disposed = true;
        _fill.Dispose();
        _stroke.Dispose();
        _plain.Dispose();
        _image.Dispose();
        _path.Dispose();
    }

    /// <summary>The Skia canvas of the frame being painted; items are painted only from <see cref="Render"/>.</summary>
    private SKCanvas Target => _target ?? throw new InvalidOperationException("Display items are painted by SkiaCanvas.Render, not on their own.");

    private static SKColorF ToColor(Rgba c) => new(c.R, c.G, c.B, c.A);

    private static SKColorF ToColor(float r, float g, float b, float a) => new(r, g, b, a);
}
