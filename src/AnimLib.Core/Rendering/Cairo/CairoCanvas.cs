using static AnimLib.Rendering.Cairo.CairoNative;

namespace AnimLib.Rendering.Cairo;

/// <summary>
/// Rasterizes <see cref="FrameSnapshot"/>s with cairo, straight into a <see cref="FrameBuffer"/>'s pixels.
/// </summary>
/// <remarks>
/// Fills use the non-zero winding rule; strokes use round joins and caps, matching Manim's look.
/// The canvas holds no native state between calls, so one instance may be reused for any number of
/// frames of any size, but it is not meant to be used from two threads at once.
/// </remarks>
public sealed class CairoCanvas : ICanvas
{
    /// <summary>Largest gap, in pixels, between one curve's end and the next curve's start that still continues the same sub-path.</summary>
    private const float JoinTolerance = 1e-3f;

    private const int FloatsPerCurve = 8;

    private bool _disposed;

    /// <summary>Creates a canvas, checking up front that cairo can be loaded.</summary>
    /// <exception cref="DllNotFoundException">libcairo.so.2 is missing; the message says which package to install.</exception>
    public CairoCanvas()
    {
        EnsureAvailable();
    }

    /// <inheritdoc/>
    /// <exception cref="ArgumentException">The snapshot and buffer sizes differ, or an item's point or width arrays are malformed.</exception>
    /// <exception cref="InvalidOperationException">cairo reported an error while painting.</exception>
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

        // cairo writes straight into the managed array, so its layout must be exactly cairo's.
        int cairoStride = cairo_format_stride_for_width(FormatArgb32, target.Width);
        if (cairoStride != target.Stride)
            throw new InvalidOperationException(
                $"cairo expects a stride of {cairoStride} bytes for width {target.Width}, but the frame buffer uses {target.Stride}.");

        fixed (byte* pixels = target.Pixels)
        {
            nint surface = cairo_image_surface_create_for_data(pixels, FormatArgb32, target.Width, target.Height, target.Stride);
            nint cr = 0;
            try
            {
                ThrowOnError(cairo_surface_status(surface), "creating the image surface");
                cr = cairo_create(surface);
                ThrowOnError(cairo_status(cr), "creating the drawing context");

                cairo_set_antialias(cr, AntialiasDefault);
                cairo_set_fill_rule(cr, FillRuleWinding);
                cairo_set_line_join(cr, LineJoinRound);
                cairo_set_line_cap(cr, LineCapRound);

                // SOURCE replaces whatever the reused buffer held, including its alpha.
                cairo_set_operator(cr, OperatorSource);
                SetSource(cr, snapshot.Background);
                cairo_paint(cr);

                cairo_set_operator(cr, OperatorOver);
                var items = snapshot.Items;
                for (int i = 0; i < items.Count; i++)
                    PaintItem(cr, items[i], i);

                ThrowOnError(cairo_status(cr), "painting");
                cairo_surface_flush(surface);
            }
            finally
            {
                // cairo_destroy(NULL) is a no-op, and the surface must go after the context that references it.
                if (cr != 0) cairo_destroy(cr);
                cairo_surface_destroy(surface);
            }
        }
    }

    /// <summary>Marks the canvas unusable; it owns no native resources between calls.</summary>
    public void Dispose() => _disposed = true;

    private static void PaintItem(nint cr, DisplayItem item, int index)
    {
        switch (item)
        {
            case VectorItem v:
                PaintVector(cr, v, index);
                break;
            case DotCloudItem d:
                PaintDots(cr, d, index);
                break;
            case ImageItem i:
                PaintImage(cr, i, index);
                break;
            case MeshItem m:
                PaintMesh(cr, m);
                break;
            default:
                throw new NotSupportedException($"Item {index} is a {item.GetType().Name}, which the cairo canvas cannot paint.");
        }
    }

    private static void PaintDots(nint cr, DotCloudItem item, int index)
    {
        int n = item.Count;
        if (item.Centers.Length != 2 * n || item.Colors.Length != 4 * n)
            throw new ArgumentException(
                $"Item {index} has {n} dot radii but {item.Centers.Length} centre coordinates and {item.Colors.Length} colour channels (need 2 and 4 per dot).",
                "snapshot");
        float s = Math.Clamp(item.Shading, 0, 1);
        for (int k = 0; k < n; k++)
        {
            float r = item.Radii[k];
            if (!(r > 0)) continue;
            double x = item.Centers[2 * k], y = item.Centers[2 * k + 1];
            float cr0 = item.Colors[4 * k], cg = item.Colors[4 * k + 1], cb = item.Colors[4 * k + 2], ca = item.Colors[4 * k + 3];
            if (ca <= 0) continue;
            cairo_new_path(cr);
            cairo_arc(cr, x, y, r, 0, 2 * Math.PI);
            if (s <= 0)
            {
                cairo_set_source_rgba(cr, cr0, cg, cb, ca);
                cairo_fill(cr);
                continue;
            }
            // A highlight up and to the left fading to a darker rim: the disc reads as a small lit sphere.
            nint pattern = cairo_pattern_create_radial(x - 0.35 * r, y - 0.35 * r, 0, x, y, r);
            float hi = 0.5f * s, lo = 1 - 0.45f * s;
            cairo_pattern_add_color_stop_rgba(pattern, 0, cr0 + (1 - cr0) * hi, cg + (1 - cg) * hi, cb + (1 - cb) * hi, ca);
            cairo_pattern_add_color_stop_rgba(pattern, 1, cr0 * lo, cg * lo, cb * lo, ca);
            cairo_set_source(cr, pattern);
            cairo_fill(cr);
            cairo_pattern_destroy(pattern);
        }
        cairo_new_path(cr);
    }

    private static void PaintMesh(nint cr, MeshItem item)
    {
        var p = item.Positions;
        var c = item.Colors;
        for (int t = 0; t + 2 < item.VertexCount; t += 3)
        {
            nint mesh = cairo_pattern_create_mesh();
            cairo_mesh_pattern_begin_patch(mesh);
            cairo_mesh_pattern_move_to(mesh, p[2 * t], p[2 * t + 1]);
            for (int k = 1; k < 3; k++) cairo_mesh_pattern_line_to(mesh, p[2 * (t + k)], p[2 * (t + k) + 1]);
            for (uint k = 0; k < 3; k++)
            {
                int v = 4 * (t + (int)k);
                cairo_mesh_pattern_set_corner_color_rgba(mesh, k, c[v], c[v + 1], c[v + 2], c[v + 3]);
            }
            cairo_mesh_pattern_end_patch(mesh);
            cairo_new_path(cr);
            cairo_move_to(cr, p[2 * t], p[2 * t + 1]);
            for (int k = 1; k < 3; k++) cairo_line_to(cr, p[2 * (t + k)], p[2 * (t + k) + 1]);
            cairo_close_path(cr);
            cairo_set_source(cr, mesh);
            cairo_fill(cr);
            cairo_pattern_destroy(mesh);
        }
    }

    private static unsafe void PaintImage(nint cr, ImageItem item, int index)
    {
        var image = item.Image ?? throw new ArgumentException($"Item {index} has no image.", "snapshot");
        var m = item.Matrix;
        if (m is not { Length: 9 })
            throw new ArgumentException($"Item {index} needs a 3x3 matrix of 9 numbers; got {m?.Length ?? 0}.", "snapshot");
        // cairo has affine maps only: the perspective row is ignored here.
        double det = (double)m[0] * m[4] - (double)m[1] * m[3];
        if (Math.Abs(det) < 1e-12 || item.Opacity <= 0) return;
        int stride = cairo_format_stride_for_width(FormatArgb32, image.Width);
        if (stride != image.Width * 4)
            throw new InvalidOperationException($"cairo expects a stride of {stride} bytes for an image {image.Width} pixels wide.");
        fixed (byte* pixels = image.Pixels)
        {
            nint surface = cairo_image_surface_create_for_data(pixels, FormatArgb32, image.Width, image.Height, stride);
            try
            {
                ThrowOnError(cairo_surface_status(surface), $"wrapping the pixels of image item {index}");
                cairo_save(cr);
                var matrix = new CairoMatrix { XX = m[0], YX = m[3], XY = m[1], YY = m[4], X0 = m[2], Y0 = m[5] };
                cairo_transform(cr, &matrix);
                cairo_new_path(cr);
                cairo_rectangle(cr, 0, 0, image.Width, image.Height);
                cairo_clip(cr);
                cairo_set_source_surface(cr, surface, 0, 0);
                cairo_pattern_set_filter(cairo_get_source(cr), FilterGood);
                cairo_paint_with_alpha(cr, item.Opacity);
                cairo_restore(cr);
            }
            finally
            {
                // The context's source still references the surface until restore; restore has run (or cr is in error).
                cairo_surface_destroy(surface);
            }
        }
    }

    private static void PaintVector(nint cr, VectorItem item, int index)
    {
        float[] points = item.Points ?? throw new ArgumentException($"Item {index} has no points.", "snapshot");
        if (points.Length % FloatsPerCurve != 0)
            throw new ArgumentException(
                $"Item {index} has {points.Length} point coordinates; cubic curves need a multiple of {FloatsPerCurve} (x, y for four control points each).",
                "snapshot");
        int curveCount = points.Length / FloatsPerCurve;
        if (curveCount == 0) return;
        if (item.CurveStrokeWidths is { } widths && widths.Length != curveCount)
            throw new ArgumentException(
                $"Item {index} has {curveCount} curves but {widths.Length} per-curve stroke widths.", "snapshot");

        bool fill = !item.Fill.IsInvisible;
        bool stroke = !item.Stroke.IsInvisible && (item.CurveStrokeWidths is not null || item.StrokeWidth > 0);
        if (!fill && !stroke) return;

        // Whole-path operations share one built path via the *_preserve calls; per-curve strokes
        // consume it, so it is rebuilt only when something after them still needs it.
        bool pathBuilt = false;
        if (item.StrokeBehind)
        {
            if (stroke) PaintStroke(cr, item, points, ref pathBuilt);
            if (fill) PaintFill(cr, item, points, ref pathBuilt);
        }
        else
        {
            if (fill) PaintFill(cr, item, points, ref pathBuilt);
            if (stroke) PaintStroke(cr, item, points, ref pathBuilt);
        }
        cairo_new_path(cr);
    }

    private static void PaintFill(nint cr, VectorItem item, float[] points, ref bool pathBuilt)
    {
        if (!pathBuilt)
        {
            BuildPath(cr, points);
            pathBuilt = true;
        }
        SetSource(cr, item.Fill);
        cairo_fill_preserve(cr);
        if (item.FillBorderWidth > 0)
        {
            cairo_set_line_width(cr, item.FillBorderWidth);
            cairo_stroke_preserve(cr);
        }
    }

    private static void PaintStroke(nint cr, VectorItem item, float[] points, ref bool pathBuilt)
    {
        SetSource(cr, item.Stroke);
        if (item.CurveStrokeWidths is not { } widths)
        {
            if (!pathBuilt)
            {
                BuildPath(cr, points);
                pathBuilt = true;
            }
            cairo_set_line_width(cr, item.StrokeWidth);
            cairo_stroke_preserve(cr);
            return;
        }

        cairo_new_path(cr);
        pathBuilt = false;
        for (int c = 0; c < widths.Length; c++)
        {
            if (!(widths[c] > 0)) continue;
            int o = c * FloatsPerCurve;
            cairo_move_to(cr, points[o], points[o + 1]);
            cairo_curve_to(cr, points[o + 2], points[o + 3], points[o + 4], points[o + 5], points[o + 6], points[o + 7]);
            cairo_set_line_width(cr, widths[c]);
            cairo_stroke(cr);
        }
    }

    private static void BuildPath(nint cr, float[] points)
    {
        cairo_new_path(cr);
        float startX = 0, startY = 0, endX = 0, endY = 0;
        for (int o = 0; o < points.Length; o += FloatsPerCurve)
        {
            float x0 = points[o], y0 = points[o + 1];
            if (o == 0 || !Near(x0, y0, endX, endY))
            {
                if (o != 0) CloseIfReturned(cr, startX, startY, endX, endY);
                cairo_move_to(cr, x0, y0);
                startX = x0;
                startY = y0;
            }
            endX = points[o + 6];
            endY = points[o + 7];
            cairo_curve_to(cr, points[o + 2], points[o + 3], points[o + 4], points[o + 5], endX, endY);
        }
        CloseIfReturned(cr, startX, startY, endX, endY);
    }

    // Closing (rather than merely meeting) the start lets the stroke join the ends instead of capping them twice.
    private static void CloseIfReturned(nint cr, float startX, float startY, float endX, float endY)
    {
        if (Near(startX, startY, endX, endY)) cairo_close_path(cr);
    }

    private static bool Near(float ax, float ay, float bx, float by) =>
        MathF.Abs(ax - bx) <= JoinTolerance && MathF.Abs(ay - by) <= JoinTolerance;

    private static void SetSource(nint cr, Rgba color) => cairo_set_source_rgba(cr, color.R, color.G, color.B, color.A);

    private static void ThrowOnError(int status, string what)
    {
        if (status != StatusSuccess)
            throw new InvalidOperationException($"cairo failed while {what}: {StatusToString(status)}.");
    }
}
