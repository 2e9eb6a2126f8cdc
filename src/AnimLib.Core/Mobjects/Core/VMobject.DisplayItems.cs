using System.Numerics;
using AnimLib.Display;
using AnimLib.Geometry;

namespace AnimLib.Mobjects;

public partial class VMobject
{
    /// <summary>One <see cref="VectorItem"/>: the projected curves with the fill and stroke, lit when shaded.</summary>
    protected internal override void AddOwnDisplayItems(IDisplayItemSink sink)
    {
        if (Points.Length < 4) return;
        var projection = sink.Projection;
        var fill = new Rgba(FillColor.R, FillColor.G, FillColor.B, (float)Math.Clamp(FillOpacity, 0, 1));
        var stroke = new Rgba(StrokeColor.R, StrokeColor.G, StrokeColor.B, (float)Math.Clamp(StrokeOpacity, 0, 1));
        bool hasStroke = !stroke.IsInvisible && (StrokeWidth > 0 || StrokeWidths is not null);
        if (fill.IsInvisible && !hasStroke) return;

        int curveCount = Points.Length / 4;
        var pts = Points;
        var xy = sink.NewArray(curveCount * 8);
        var centroid = Vector3.Zero;
        for (int i = 0; i < curveCount * 4; i++)
        {
            var (x, y, _) = projection.ToPixel(pts[i]);
            xy[2 * i] = x;
            xy[2 * i + 1] = y;
            centroid += pts[i];
        }
        sink.ThrowIfNotFinite(centroid);
        centroid /= curveCount * 4;

        bool needsNormal = !Shading.IsNone || FlatStroke;
        var normal = needsNormal ? MobjectThreeD.PlaneNormal(Anchors(pts)) : Vector3.Zero;
        var eye = projection.EyePosition;
        if (!Shading.IsNone)
        {
            if (!fill.IsInvisible) fill = sink.Shade(fill, Shading, normal, centroid);
            // Strokes face the camera, so they are lit as a surface whose normal points at the eye.
            if (hasStroke) stroke = sink.Shade(stroke, Shading, VectorMath.Normalize(eye - centroid), centroid);
        }

        float strokeScale = sink.StrokeScale;
        if (FlatStroke)
        {
            // A stroke lying in the mobject's plane narrows when that plane turns edge-on and grows when it comes closer.
            float facing = normal == Vector3.Zero ? 1 : MathF.Max(MathF.Abs(Vector3.Dot(normal, projection.TowardCamera)), 0.2f);
            strokeScale *= projection.PerspectiveScale(centroid) * facing;
        }

        float[]? curveWidths = null;
        if (StrokeWidths is not null && hasStroke)
        {
            // Per-point widths are sampled at each curve's anchors and averaged per curve.
            var anchorWidths = GetStrokeWidthsResampled(curveCount + 1);
            curveWidths = sink.NewArray(curveCount);
            for (int c = 0; c < curveCount; c++) curveWidths[c] = (float)(0.5 * (anchorWidths[c] + anchorWidths[c + 1])) * strokeScale;
        }

        var item = new VectorItem
        {
            Points = xy,
            Fill = fill,
            Stroke = hasStroke ? stroke : Rgba.Transparent,
            StrokeWidth = (float)StrokeWidth * strokeScale,
            CurveStrokeWidths = curveWidths,
            StrokeBehind = StrokeBehind,
            FillBorderWidth = fill.IsInvisible ? 0 : (float)FillBorderWidth * sink.StrokeScale,
        };
        sink.AddStroke(item, Vector3.Distance(centroid, eye), pts.AsSpan(0, curveCount * 4));
    }

    private static Vector3[] Anchors(Vector3[] curvePoints)
    {
        var anchors = new Vector3[curvePoints.Length / 4];
        for (int c = 0; c < anchors.Length; c++) anchors[c] = curvePoints[4 * c];
        return anchors;
    }
}
