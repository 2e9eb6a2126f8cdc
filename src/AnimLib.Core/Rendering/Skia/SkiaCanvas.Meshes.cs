using AnimLib.Display;
using SkiaSharp;

namespace AnimLib.Rendering;

public sealed partial class SkiaCanvas
{
    private SKPoint[] _meshPositions = [];
    private SKColor[] _meshColors = [];

    // The pinned pixels of the frame being painted (0 outside Render), which meshes are filled into directly.
    private nint _targetPixels;
    private FrameBuffer? _targetBuffer;

    /// <summary>
    /// Paints meshes with Skia's <c>DrawVertices</c> even where the managed rasterizer could fill them: the reference
    /// the rasterizer is compared and timed against.
    /// </summary>
    internal bool PaintMeshesWithSkia { get; set; }

    /// <inheritdoc/>
    void IDisplayItemPainter.Paint(MeshItem item) => PaintMesh(Target, item, _itemIndex);

    private void PaintMesh(SKCanvas canvas, MeshItem item, int index)
    {
        int n = item.VertexCount;
        if (item.Positions.Length != 2 * n || item.Colors.Length != 4 * n || n % 3 != 0)
            throw new ArgumentException(
                $"Item {index} has {item.Positions.Length} position and {item.Colors.Length} colour numbers; a triangle mesh needs 2 and 4 per vertex, 3 vertices per triangle.",
                "snapshot");
        if (n == 0) return;
        var p = item.Positions;
        var c = item.Colors;
        bool opaque = true;
        for (int k = 3; k < c.Length; k += 4) opaque &= c[k] >= 0.999f;
        if (opaque && item.OutlineEdges is { } edges) PaintOutline(canvas, edges, item.OutlineColors, index);
        // Skia sets up each small triangle on its own, which costs far more than filling it; the managed rasterizer
        // covers and colours the same pixels, so it paints the mesh whenever it can reach the frame's pixels as they are.
        if (CanFillDirectly(canvas) && GouraudTriangleRasterizer.CanFill(p))
        {
            unsafe
            {
                var frame = _targetBuffer!;
                GouraudTriangleRasterizer.Fill((byte*)_targetPixels, frame.Width, frame.Height, frame.Stride, p, c);
            }
            return;
        }
        // Skia takes exactly-sized arrays; a surface keeps its size from frame to frame, so they are usually reused.
        if (_meshPositions.Length != n)
        {
            _meshPositions = new SKPoint[n];
            _meshColors = new SKColor[n];
        }
        for (int k = 0; k < n; k++)
        {
            _meshPositions[k] = new SKPoint(p[2 * k], p[2 * k + 1]);
            _meshColors[k] = new SKColor(ToByte(c[4 * k]), ToByte(c[4 * k + 1]), ToByte(c[4 * k + 2]), ToByte(c[4 * k + 3]));
        }
        // Without a shader on the paint the vertex colours are painted as they are, blended across each triangle.
        // Triangles are not antialiased one by one, so shared edges leave no hairline between them.
        _plain.ColorF = ToColor(1, 1, 1, 1);
        canvas.DrawVertices(SKVertexMode.Triangles, _meshPositions, _meshColors, _plain);
    }

    /// <summary>
    /// Whether drawing on <paramref name="canvas"/> lands in the frame's pixels as they are: no layer or saved state
    /// (a layer would be a buffer of its own), no transform and no clip smaller than the frame. Skia's raster canvas
    /// draws immediately, so what it painted before is already in the pixels and what it paints after lands on top.
    /// </summary>
    private bool CanFillDirectly(SKCanvas canvas)
    {
        if (PaintMeshesWithSkia || _targetPixels == 0 || _targetBuffer is not { } frame) return false;
        return canvas.SaveCount == 1 && canvas.TotalMatrix.IsIdentity && canvas.IsClipRect
            && canvas.DeviceClipBounds == new SKRectI(0, 0, frame.Width, frame.Height);
    }

    private static byte ToByte(float channel) => (byte)(Math.Clamp(channel, 0f, 1f) * 255f + 0.5f);

    /// <summary>
    /// Draws an opaque mesh's outline edges antialiased, one pixel wide, before the mesh: the mesh then covers every
    /// pixel whose centre it contains, so only the partly covered pixels just outside its border and folds keep these
    /// lines, and the outline is smooth instead of stair-stepped. Translucent meshes skip it: the lines would show
    /// through.
    /// </summary>
    private void PaintOutline(SKCanvas canvas, float[] edges, float[]? colors, int index)
    {
        if (edges.Length % 4 != 0 || colors is null || colors.Length != edges.Length)
            throw new ArgumentException(
                $"Item {index} has {edges.Length} outline numbers and {colors?.Length ?? 0} outline colour numbers; each edge needs 4 of each.", "snapshot");
        _stroke.StrokeWidth = 1;
        for (int k = 0; k < edges.Length; k += 4)
        {
            // The edge of a collapsed quad (a surface half grown) has no length; its round caps would show as a dot.
            if (edges[k] == edges[k + 2] && edges[k + 1] == edges[k + 3]) continue;
            _stroke.ColorF = ToColor(colors[k], colors[k + 1], colors[k + 2], colors[k + 3]);
            canvas.DrawLine(edges[k], edges[k + 1], edges[k + 2], edges[k + 3], _stroke);
        }
    }
}
