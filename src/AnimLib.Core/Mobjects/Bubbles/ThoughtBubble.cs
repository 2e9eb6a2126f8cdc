using System.Numerics;
using AnimLib.Geometry;

namespace AnimLib.Mobjects;

/// <summary>
/// A thought bubble: <c>bubble[0]</c> = VGroup(three small circles, cloud). The cloud is the outline of the union of the
/// content's box (plus <c>buff</c>) with bulges of radius ≈<c>bulgeRadius</c> (up to <c>noiseFactor</c> larger) centred
/// about (1 − <c>bulgeOverlap</c>)·2·radius apart along the box's edges, with small random jitter; the small circles
/// step diagonally up-right below the cloud's left end. The jitter comes from <c>seed</c>, so a bubble is reproducible.
/// </summary>
public class ThoughtBubble : Bubble
{
    private readonly double _buff, _bulgeRadius, _bulgeOverlap, _noiseFactor;
    private readonly double[] _circleRadii;
    private readonly int _seed;

    /// <summary>Creates a thought bubble.</summary>
    public ThoughtBubble(VMobject? content = null, double buff = Constants.SmallBuff, (double Width, double Height)? fillerShape = null,
        double bulgeRadius = 0.35, double bulgeOverlap = 0.25, double noiseFactor = 0.1, double[]? circleRadii = null,
        Vector3? direction = null, bool addContent = true, Color? fillColor = null, double fillOpacity = 0.8, Color? strokeColor = null,
        double strokeWidth = 3.0, int seed = 0)
        : base(content, fillerShape ?? (2, 1), direction, addContent, fillColor, fillOpacity, strokeColor, strokeWidth)
    {
        if (bulgeRadius <= 0) throw new ArgumentOutOfRangeException(nameof(bulgeRadius), bulgeRadius, "The bulge radius must be positive.");
        if (bulgeOverlap is < 0 or >= 1) throw new ArgumentOutOfRangeException(nameof(bulgeOverlap), bulgeOverlap, "The bulge overlap must be in [0, 1).");
        _buff = buff;
        _bulgeRadius = bulgeRadius;
        _bulgeOverlap = bulgeOverlap;
        _noiseFactor = noiseFactor;
        _circleRadii = circleRadii ?? [0.1, 0.15, 0.2];
        if (_circleRadii.Length == 0) throw new ArgumentException("A thought bubble needs at least one small circle radius.", nameof(circleRadii));
        _seed = seed;
        Build();
    }

    /// <summary>The scalloped outline (the last member of the body).</summary>
    public VMobject Cloud => ((VGroup)Body)[^1];

    /// <inheritdoc/>
    protected override VMobject CreateBody(VMobject content, Vector3 direction)
    {
        var random = new Random(_seed);
        var (min, _, max) = content.GetBoundingBox();
        var b = new Vector3((float)_buff, (float)_buff, 0);
        min -= b;
        max += b;
        Vector3[] corners = [new(max.X, max.Y, 0), new(min.X, max.Y, 0), new(min.X, min.Y, 0), new(max.X, min.Y, 0)];
        double step = (1 - _bulgeOverlap) * 2 * _bulgeRadius;
        var centers = new List<Vector3>();
        var radii = new List<double>();
        for (int e = 0; e < 4; e++)
        {
            var c1 = corners[e];
            var c2 = corners[(e + 1) % 4];
            int n = (int)(Vector3.Distance(c1, c2) / step) + 1;
            // The last point of an edge is the next edge's first: skip it so no bulge is doubled.
            for (int i = 0; i < n; i++)
            {
                double alpha = n == 1 ? 0 : (double)i / (n - 1);
                if (i == n - 1 && n > 1) continue;
                alpha += _noiseFactor * (step / n) * (random.NextDouble() - 0.5);
                centers.Add(VectorMath.Lerp(c1, c2, alpha));
                radii.Add(_bulgeRadius * (1 + _noiseFactor * random.NextDouble()));
            }
        }
        var cloud = new VMobject();
        cloud.Points = Scallops(centers, radii, (min + max) / 2);
        var circles = new VGroup(_circleRadii.Select(r => (VMobject)new Circle(radius: r)));
        double circBuff = 0.25 * _circleRadii[0];
        circles.Arrange(Directions.UR, buff: circBuff);
        if (circles.Count > 1) circles[1].Shift(Directions.DR * (float)circBuff);
        circles.NextTo(cloud, Directions.Down, buff: 4 * circBuff, alignedEdge: Directions.Left);
        var body = new VGroup([.. circles, cloud]);
        if (direction.X > 0) body.Stretch(-1, 0, aboutPoint: (min + max) / 2);
        return body;
    }

    /// <summary>The outer envelope of circles centred (counter-clockwise) around a convex outline: one arc per circle between its intersections with its neighbours.</summary>
    private static Vector3[] Scallops(List<Vector3> centers, List<double> radii, Vector3 middle)
    {
        int n = centers.Count;
        var joins = new Vector3[n];
        for (int i = 0; i < n; i++)
        {
            int j = (i + 1) % n;
            joins[i] = OuterIntersection(centers[i], radii[i], centers[j], radii[j], middle);
        }
        var points = new List<Vector3>();
        for (int i = 0; i < n; i++)
        {
            var c = centers[i];
            float r = (float)radii[i];
            var from = joins[(i - 1 + n) % n];
            var to = joins[i];
            double a0 = VectorMath.AngleOf(from - c);
            double sweep = VectorMath.AngleOf(to - c) - a0;
            while (sweep <= 0) sweep += 2 * Math.PI;
            int pieces = Math.Max(1, (int)Math.Ceiling(sweep / (Math.PI / 4)));
            var arc = Bezier.Arc(a0, sweep, pieces);
            for (int k = 0; k < arc.Length; k++) arc[k] = c + arc[k] * r;
            // Snap the ends onto the shared joins so the outline is one closed path.
            arc[0] = from;
            arc[^1] = to;
            points.AddRange(arc);
        }
        return [.. points];
    }

    private static Vector3 OuterIntersection(Vector3 c1, double r1, Vector3 c2, double r2, Vector3 middle)
    {
        var d = c2 - c1;
        double dist = d.Length();
        if (dist < 1e-9) return c1 + VectorMath.Normalize(c1 - middle, Directions.Up) * (float)r1;
        if (dist >= r1 + r2)
        {
            // Bulges that do not touch: join them at the midpoint between their rims.
            return c1 + d / (float)dist * (float)(r1 + (dist - r1 - r2) / 2);
        }
        double a = (r1 * r1 - r2 * r2 + dist * dist) / (2 * dist);
        double h = Math.Sqrt(Math.Max(r1 * r1 - a * a, 0));
        var basePoint = c1 + d * (float)(a / dist);
        var perp = new Vector3(-d.Y, d.X, 0) / (float)dist;
        var p1 = basePoint + perp * (float)h;
        var p2 = basePoint - perp * (float)h;
        return Vector3.DistanceSquared(p1, middle) >= Vector3.DistanceSquared(p2, middle) ? p1 : p2;
    }
}
