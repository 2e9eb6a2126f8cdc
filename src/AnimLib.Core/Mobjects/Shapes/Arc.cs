using System.Numerics;
using AnimLib.Geometry;

namespace AnimLib.Mobjects;

/// <summary>A circular arc, counter-clockwise for a positive angle, built from cubic pieces.</summary>
public class Arc : VMobject
{
    /// <summary>Creates an arc.</summary>
    /// <param name="startAngle">Angle of the first point (radians, from +x).</param>
    /// <param name="angle">Swept angle (radians); negative is clockwise.</param>
    /// <param name="radius">Radius.</param>
    /// <param name="nComponents">Number of cubic pieces.</param>
    /// <param name="arcCenter">Centre of the circle.</param>
    public Arc(double startAngle = 0, double angle = Math.Tau / 4, double radius = 1.0, int nComponents = 8, Vector3? arcCenter = null)
    {
        var pts = Bezier.Arc(startAngle, angle, Math.Max(1, nComponents));
        var center = arcCenter ?? Vector3.Zero;
        for (int i = 0; i < pts.Length; i++) pts[i] = pts[i] * (float)radius + center;
        Points = pts;
    }

    /// <summary>Centre of the circle the arc lies on (from three points of the arc).</summary>
    public Vector3 GetArcCenter()
    {
        var a = Points[0];
        var b = Bezier.Evaluate(Points.AsSpan(0, 4), 0.5);
        var c = Points[^1];
        if (Vector3.DistanceSquared(a, c) < 1e-12f) c = Bezier.Evaluate(Points.AsSpan(Points.Length / 2 - 2, 4), 0.5);
        // Circumcentre of the triangle a, b, c.
        var ab = b - a;
        var ac = c - a;
        var n = Vector3.Cross(ab, ac);
        float denom = 2 * n.LengthSquared();
        if (denom < 1e-12f) return (a + c) / 2;
        return a + (Vector3.Cross(n, ab) * ac.LengthSquared() + Vector3.Cross(ac, n) * ab.LengthSquared()) / denom;
    }

    /// <summary>Distance from the arc centre to its first point.</summary>
    public double GetRadius() => Vector3.Distance(GetArcCenter(), Points[0]);

    /// <summary>Angle of the first point about the centre.</summary>
    public double GetStartAngle() => VectorMath.AngleOf(Points[0] - GetArcCenter());
}
