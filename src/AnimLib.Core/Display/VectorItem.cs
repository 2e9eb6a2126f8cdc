using System.IO.Hashing;
using System.Runtime.InteropServices;

namespace AnimLib.Display;

/// <summary>
/// One vector path of a frame snapshot, already projected to pixel space.
/// </summary>
/// <remarks>
/// <see cref="Points"/> holds cubic Bezier curves, four control points per curve
/// (start anchor, handle, handle, end anchor), in pixels with y growing downward.
/// A new sub-path starts wherever a curve's start differs from the previous curve's end.
/// </remarks>
public sealed class VectorItem : DisplayItem
{
    /// <summary>Cubic Bezier control points in pixel coordinates, four per curve.</summary>
    public required float[] Points { get; init; }

    /// <summary>Fill colour; nothing is filled when its alpha is zero. Paths are filled with the non-zero winding rule, open sub-paths closed by a straight segment.</summary>
    public Rgba Fill { get; init; }

    /// <summary>Stroke colour; nothing is stroked when its alpha is zero or the width is zero.</summary>
    public Rgba Stroke { get; init; }

    /// <summary>Stroke width in pixels (used when <see cref="CurveStrokeWidths"/> is null).</summary>
    public float StrokeWidth { get; init; }

    /// <summary>Optional per-curve stroke widths in pixels (tapered strokes, passing flashes); length = curve count.</summary>
    public float[]? CurveStrokeWidths { get; init; }

    /// <summary>When true the stroke is painted before (behind) the fill.</summary>
    public bool StrokeBehind { get; init; }

    /// <summary>Width in pixels of an extra outline in the fill colour that thickens filled glyphs slightly (0 for none).</summary>
    public float FillBorderWidth { get; init; }

    /// <inheritdoc/>
    public override bool ContentEquals(DisplayItem other) => other is VectorItem v && ContentEquals(v);

    /// <summary>True when both items paint exactly the same thing.</summary>
    public bool ContentEquals(VectorItem other) =>
        Fill == other.Fill && Stroke == other.Stroke && StrokeWidth == other.StrokeWidth && StrokeBehind == other.StrokeBehind
        && FillBorderWidth == other.FillBorderWidth
        && Points.AsSpan().SequenceEqual(other.Points)
        && (CurveStrokeWidths is null ? other.CurveStrokeWidths is null
            : other.CurveStrokeWidths is not null && CurveStrokeWidths.AsSpan().SequenceEqual(other.CurveStrokeWidths));

    /// <inheritdoc/>
    public override void AppendHash(NonCryptographicHashAlgorithm hash)
    {
        hash.AppendInt32(1);
        hash.AppendRgba(Fill);
        hash.AppendRgba(Stroke);
        hash.AppendSingle(StrokeWidth);
        hash.AppendSingle(FillBorderWidth);
        hash.AppendSingle(StrokeBehind ? 1 : 0);
        hash.AppendFloats(Points);
        // -1 tells "no per-curve widths" from "no curves"; the widths follow without a second length.
        hash.AppendInt32(CurveStrokeWidths?.Length ?? -1);
        if (CurveStrokeWidths is { } widths) hash.Append(MemoryMarshal.AsBytes(widths.AsSpan()));
    }

    /// <inheritdoc/>
    public override long EstimatedBytes => ObjectBytes + sizeof(float) * (Points.Length + (CurveStrokeWidths?.Length ?? 0));

    /// <inheritdoc/>
    public override void PaintOn(IDisplayItemPainter painter) => painter.Paint(this);

    internal override void Recycle(DisplayArrayPool pool)
    {
        pool.Return(Points);
        pool.Return(CurveStrokeWidths);
    }
}
