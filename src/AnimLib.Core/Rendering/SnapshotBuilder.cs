using System.Numerics;

namespace AnimLib.Rendering;

/// <summary>Walks mobjects in draw order and turns every visible vector path into a projected <see cref="VectorItem"/>.</summary>
public static class SnapshotBuilder
{
    /// <summary>Builds the display list of <paramref name="mobjects"/> (top-level, in draw order) seen through <paramref name="frame"/>.</summary>
    public static FrameSnapshot Build(IEnumerable<Mobject> mobjects, CameraFrame frame, SceneSettings settings)
    {
        var projection = new Projection(frame, settings.PixelWidth, settings.PixelHeight);
        var fixedFrame = new CameraFrame(settings.FrameWidth, Constants.FrameHeight);
        var fixedProjection = new Projection(fixedFrame, settings.PixelWidth, settings.PixelHeight);
        // Stroke widths are constant on screen: width w is 0.01·w scene units at the default 8-unit frame height.
        float strokeScale = 0.01f * settings.PixelHeight / (float)Constants.FrameHeight;
        var items = new List<VectorItem>();
        var seen = new HashSet<Mobject>(ReferenceEqualityComparer.Instance);
        foreach (var top in mobjects)
        {
            foreach (var member in top.GetFamily())
            {
                if (!seen.Add(member) || member is not VMobject v || v.Points.Length < 4) continue;
                var item = ToItem(v, v.IsFixedInFrame ? fixedProjection : projection, strokeScale);
                if (item is not null) items.Add(item);
            }
        }
        var bg = settings.Background;
        return new FrameSnapshot
        {
            PixelWidth = settings.PixelWidth,
            PixelHeight = settings.PixelHeight,
            Background = new Rgba(bg.R, bg.G, bg.B, (float)Math.Clamp(settings.BackgroundOpacity, 0, 1)),
            Items = items,
        };
    }

    private static VectorItem? ToItem(VMobject v, Projection projection, float strokeScale)
    {
        var fill = new Rgba(v.FillColor.R, v.FillColor.G, v.FillColor.B, (float)Math.Clamp(v.FillOpacity, 0, 1));
        var stroke = new Rgba(v.StrokeColor.R, v.StrokeColor.G, v.StrokeColor.B, (float)Math.Clamp(v.StrokeOpacity, 0, 1));
        bool hasStroke = !stroke.IsInvisible && (v.StrokeWidth > 0 || v.StrokeWidths is not null);
        if (fill.IsInvisible && !hasStroke) return null;

        int curveCount = v.Points.Length / 4;
        var pts = v.Points;
        var xy = new float[curveCount * 8];
        for (int i = 0; i < curveCount * 4; i++)
        {
            var (x, y, _) = projection.ToPixel(pts[i]);
            xy[2 * i] = x;
            xy[2 * i + 1] = y;
        }

        float[]? curveWidths = null;
        if (v.StrokeWidths is not null && hasStroke)
        {
            // Per-point widths are sampled at each curve's anchors and averaged per curve.
            var anchorWidths = v.GetStrokeWidthsResampled(curveCount + 1);
            curveWidths = new float[curveCount];
            for (int c = 0; c < curveCount; c++) curveWidths[c] = (float)(0.5 * (anchorWidths[c] + anchorWidths[c + 1])) * strokeScale;
        }

        return new VectorItem
        {
            Points = xy,
            Fill = fill,
            Stroke = hasStroke ? stroke : Rgba.Transparent,
            StrokeWidth = (float)v.StrokeWidth * strokeScale,
            CurveStrokeWidths = curveWidths,
            StrokeBehind = v.StrokeBehind,
            FillBorderWidth = fill.IsInvisible ? 0 : (float)v.FillBorderWidth * strokeScale,
        };
    }
}
