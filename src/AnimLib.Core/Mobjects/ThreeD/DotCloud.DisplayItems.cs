using System.Numerics;
using AnimLib.Display;
using AnimLib.Geometry;

namespace AnimLib.Mobjects;

public partial class DotCloud
{
    /// <summary>
    /// One <see cref="DotCloudItem"/> of the visible dots (far to near when depth tested), sized by perspective and lit
    /// as small spheres when shaded.
    /// </summary>
    protected internal override void AddOwnDisplayItems(IDisplayItemSink sink)
    {
        int n = Points.Length;
        if (n == 0) return;
        var projection = sink.Projection;
        var eye = projection.EyePosition;
        // A NaN dot fails the in-front-of-the-eye test below and would be left out as if hidden.
        sink.ThrowIfNotFinite(VectorMath.Sum(Points));
        var order = Enumerable.Range(0, n).ToArray();
        if (DepthTest && !IsFixedInFrame)
        {
            var distances = Points.Select(p => -Vector3.DistanceSquared(p, eye)).ToArray();
            Array.Sort(distances, order);
        }
        var centers = sink.NewArray(2 * n);
        var radii = sink.NewArray(n);
        var colors = sink.NewArray(4 * n);
        var centroid = Vector3.Zero;
        float ppu = projection.PixelsPerUnit;
        int written = 0;
        foreach (int k in order)
        {
            var p = Points[k];
            var c = GetDotColor(k);
            float alpha = (float)Math.Clamp(GetDotOpacity(k), 0, 1);
            // A dot at or behind the eye would be blown up by the clamped perspective divisor; it is not in view.
            if (alpha <= 0 || !projection.IsInFrontOfEye(p)) continue;
            var rgba = new Rgba(c.R, c.G, c.B, alpha);
            if (!Shading.IsNone) rgba = sink.Shade(rgba, Shading, VectorMath.Normalize(eye - p), p);
            var (x, y, _) = projection.ToPixel(p);
            centers[2 * written] = x;
            centers[2 * written + 1] = y;
            radii[written] = (float)GetRadius(k) * ppu * projection.PerspectiveScale(p);
            colors[4 * written] = rgba.R;
            colors[4 * written + 1] = rgba.G;
            colors[4 * written + 2] = rgba.B;
            colors[4 * written + 3] = rgba.A;
            centroid += p;
            written++;
        }
        if (written < n)
        {
            // Hidden dots were left out: the arrays' lengths must be the visible count.
            (centers, radii, colors) = (sink.Shrink(centers, 2 * written), sink.Shrink(radii, written), sink.Shrink(colors, 4 * written));
        }
        if (written == 0) return;
        var item = new DotCloudItem
        {
            Centers = centers,
            Radii = radii,
            Colors = colors,
            Shading = (float)Math.Clamp(Shading.Reflectiveness + Shading.Gloss + Shading.Shadow, 0, 1),
        };
        sink.Add(item, Vector3.Distance(centroid / written, eye));
    }
}
