using AnimLib.Display;
using SkiaSharp;

namespace AnimLib.Rendering;

public sealed partial class SkiaCanvas
{
    /// <summary>Largest gap, in pixels, between one curve's end and the next curve's start that still continues the same sub-path.</summary>
    private const float JoinTolerance = 1e-3f;

    private const int FloatsPerCurve = 8;

    /// <inheritdoc/>
    void IDisplayItemPainter.Paint(VectorItem item) => PaintVector(Target, item, _itemIndex);

    private void PaintVector(SKCanvas canvas, VectorItem item, int index)
    {
        float[] points = item.Points ?? throw new ArgumentException($"Item {index} has no points.", "snapshot");
        if (points.Length % FloatsPerCurve != 0)
            throw new ArgumentException(
                $"Item {index} has {points.Length} point coordinates; cubic curves need a multiple of {FloatsPerCurve} (x, y for four control points each).",
                "snapshot");
        int curveCount = points.Length / FloatsPerCurve;
        if (curveCount == 0) return;
        if (item.CurveStrokeWidths is { } widths && widths.Length != curveCount)
            throw new ArgumentException($"Item {index} has {curveCount} curves but {widths.Length} per-curve stroke widths.", "snapshot");

        bool fill = !item.Fill.IsInvisible;
        bool stroke = !item.Stroke.IsInvisible && (item.CurveStrokeWidths is not null || item.StrokeWidth > 0);
        if (!fill && !stroke) return;

        // One path serves the fill, the fill border and a whole-path stroke; per-curve strokes build their own.
        using var path = fill || item.CurveStrokeWidths is null ? BuildPath(points) : null;
        if (item.StrokeBehind)
        {
            if (stroke) PaintStroke(canvas, item, points, path);
            if (fill) PaintFill(canvas, item, path!);
        }
        else
        {
            if (fill) PaintFill(canvas, item, path!);
            if (stroke) PaintStroke(canvas, item, points, path);
        }
    }

    private void PaintFill(SKCanvas canvas, VectorItem item, SKPath path)
    {
        _fill.ColorF = ToColor(item.Fill);
        canvas.DrawPath(path, _fill);
        if (item.FillBorderWidth > 0)
        {
            // A thin outline in the fill colour thickens glyphs slightly, as ManimGL's fill border does.
            _stroke.ColorF = _fill.ColorF;
            _stroke.StrokeWidth = item.FillBorderWidth;
            canvas.DrawPath(path, _stroke);
        }
    }

    private void PaintStroke(SKCanvas canvas, VectorItem item, float[] points, SKPath? path)
    {
        _stroke.ColorF = ToColor(item.Stroke);
        if (item.CurveStrokeWidths is not { } widths)
        {
            _stroke.StrokeWidth = item.StrokeWidth;
            canvas.DrawPath(path!, _stroke);
            return;
        }
        // Tapered strokes: every curve is stroked on its own with its own width.
        for (int c = 0; c < widths.Length; c++)
        {
            int o = c * FloatsPerCurve;
            if (!(widths[c] > 0) || IsPoint(points, o, o + FloatsPerCurve)) continue;
            _path.MoveTo(points[o], points[o + 1]);
            _path.CubicTo(points[o + 2], points[o + 3], points[o + 4], points[o + 5], points[o + 6], points[o + 7]);
            using var curve = _path.Detach();
            _stroke.StrokeWidth = widths[c];
            canvas.DrawPath(curve, _stroke);
        }
    }

    private SKPath BuildPath(float[] points)
    {
        for (int first = 0; first < points.Length;)
        {
            // A sub-path runs while each curve starts where the previous one ended.
            int end = first + FloatsPerCurve;
            while (end < points.Length && Near(points[end], points[end + 1], points[end - 2], points[end - 1])) end += FloatsPerCurve;
            if (!IsPoint(points, first, end)) AddSubPath(points, first, end);
            first = end;
        }
        var path = _path.Detach();
        _path.FillType = SKPathFillType.Winding;
        return path;
    }

    private void AddSubPath(float[] points, int first, int end)
    {
        _path.MoveTo(points[first], points[first + 1]);
        for (int o = first; o < end; o += FloatsPerCurve)
            _path.CubicTo(points[o + 2], points[o + 3], points[o + 4], points[o + 5], points[o + 6], points[o + 7]);
        CloseIfReturned(points[first], points[first + 1], points[end - 2], points[end - 1]);
    }

    /// <summary>
    /// True when every control point of <c>points[first..end)</c> lies on the first: a sub-path of no length, such as a
    /// glyph that <c>Write</c> has not started yet. Skia would paint its round caps as a dot; Manim paints nothing.
    /// </summary>
    private static bool IsPoint(float[] points, int first, int end)
    {
        float x = points[first], y = points[first + 1];
        for (int k = first + 2; k < end; k += 2)
            if (!Near(points[k], points[k + 1], x, y)) return false;
        return true;
    }

    // Closing (rather than merely meeting) the start lets the stroke join the ends instead of capping them twice.
    private void CloseIfReturned(float startX, float startY, float endX, float endY)
    {
        if (Near(startX, startY, endX, endY)) _path.Close();
    }

    private static bool Near(float ax, float ay, float bx, float by) =>
        MathF.Abs(ax - bx) <= JoinTolerance && MathF.Abs(ay - by) <= JoinTolerance;
}
