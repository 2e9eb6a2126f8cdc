using System.Numerics;

namespace AnimLib.Geometry;

/// <summary>
/// Cubic Bezier utilities. A curve is four control points: start anchor, two handles, end anchor.
/// Paths store curves back to back, four points each.
/// </summary>
public static class Bezier
{
    /// <summary>Point of the cubic curve at parameter <paramref name="t"/> in [0, 1].</summary>
    public static Vector3 Evaluate(Vector3 p0, Vector3 p1, Vector3 p2, Vector3 p3, double t)
    {
        float u = (float)(1 - t), s = (float)t;
        return u * u * u * p0 + 3 * u * u * s * p1 + 3 * u * s * s * p2 + s * s * s * p3;
    }

    /// <summary>Point of the curve stored at <paramref name="curve"/> (four points) at parameter <paramref name="t"/>.</summary>
    public static Vector3 Evaluate(ReadOnlySpan<Vector3> curve, double t) => Evaluate(curve[0], curve[1], curve[2], curve[3], t);

    /// <summary>Derivative (tangent, not normalised) of the cubic at <paramref name="t"/>.</summary>
    public static Vector3 Derivative(ReadOnlySpan<Vector3> c, double t)
    {
        float u = (float)(1 - t), s = (float)t;
        return 3 * u * u * (c[1] - c[0]) + 6 * u * s * (c[2] - c[1]) + 3 * s * s * (c[3] - c[2]);
    }

    /// <summary>Splits a cubic at <paramref name="t"/> (de Casteljau) into two cubics written to <paramref name="left"/> and <paramref name="right"/>.</summary>
    public static void Split(ReadOnlySpan<Vector3> c, double t, Span<Vector3> left, Span<Vector3> right)
    {
        float s = (float)t;
        var a = Vector3.Lerp(c[0], c[1], s);
        var b = Vector3.Lerp(c[1], c[2], s);
        var d = Vector3.Lerp(c[2], c[3], s);
        var ab = Vector3.Lerp(a, b, s);
        var bd = Vector3.Lerp(b, d, s);
        var m = Vector3.Lerp(ab, bd, s);
        var p0 = c[0];
        var p3 = c[3];
        left[0] = p0; left[1] = a; left[2] = ab; left[3] = m;
        right[0] = m; right[1] = bd; right[2] = d; right[3] = p3;
    }

    /// <summary>The part of the cubic between parameters <paramref name="t0"/> and <paramref name="t1"/>, as a new cubic written to <paramref name="result"/>.</summary>
    public static void Partial(ReadOnlySpan<Vector3> c, double t0, double t1, Span<Vector3> result)
    {
        Span<Vector3> left = stackalloc Vector3[4];
        Span<Vector3> right = stackalloc Vector3[4];
        if (t1 <= t0)
        {
            var p = Evaluate(c, t0);
            result[0] = result[1] = result[2] = result[3] = p;
            return;
        }
        // Cut at t1 first, then take the tail of that piece at the rescaled t0.
        if (t1 < 1) Split(c, t1, left, right); else c.CopyTo(left);
        if (t0 > 0)
        {
            Split(left, t0 / t1, right, result);
        }
        else
        {
            left.CopyTo(result);
        }
    }

    /// <summary>Splits one cubic into <paramref name="n"/> cubics of equal parameter length (same shape).</summary>
    public static Vector3[] Subdivide(ReadOnlySpan<Vector3> c, int n)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(n, 1);
        var result = new Vector3[4 * n];
        for (int i = 0; i < n; i++)
            Partial(c, (double)i / n, (double)(i + 1) / n, result.AsSpan(4 * i, 4));
        return result;
    }

    /// <summary>Approximate arc length of a cubic by summing <paramref name="samples"/> chords.</summary>
    public static double ApproxLength(ReadOnlySpan<Vector3> c, int samples = 10)
    {
        double length = 0;
        var prev = c[0];
        for (int i = 1; i <= samples; i++)
        {
            var p = Evaluate(c, (double)i / samples);
            length += Vector3.Distance(prev, p);
            prev = p;
        }
        return length;
    }

    /// <summary>A straight segment as a cubic (handles at thirds).</summary>
    public static void Line(Vector3 a, Vector3 b, Span<Vector3> result)
    {
        result[0] = a;
        result[1] = Vector3.Lerp(a, b, 1f / 3);
        result[2] = Vector3.Lerp(a, b, 2f / 3);
        result[3] = b;
    }

    /// <summary>
    /// Cubic approximation of a unit-radius circular arc in the xy plane from <paramref name="startAngle"/>
    /// spanning <paramref name="angle"/> radians, split into <paramref name="pieces"/> curves.
    /// </summary>
    public static Vector3[] Arc(double startAngle, double angle, int pieces)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(pieces, 1);
        var points = new Vector3[4 * pieces];
        double step = angle / pieces;
        // Handle length that makes each cubic match the arc's tangent and midpoint.
        double k = 4.0 / 3.0 * Math.Tan(step / 4);
        for (int i = 0; i < pieces; i++)
        {
            double a0 = startAngle + i * step, a1 = a0 + step;
            var p0 = VectorMath.UnitAt(a0);
            var p3 = VectorMath.UnitAt(a1);
            var t0 = new Vector3((float)-Math.Sin(a0), (float)Math.Cos(a0), 0);
            var t1 = new Vector3((float)-Math.Sin(a1), (float)Math.Cos(a1), 0);
            points[4 * i] = p0;
            points[4 * i + 1] = p0 + t0 * (float)k;
            points[4 * i + 2] = p3 - t1 * (float)k;
            points[4 * i + 3] = p3;
        }
        return points;
    }

    /// <summary>
    /// Smooth cubic curves through <paramref name="anchors"/> (Catmull-Rom style handles), used for
    /// graphs and smoothed polylines.
    /// </summary>
    public static Vector3[] SmoothThrough(IReadOnlyList<Vector3> anchors)
    {
        int n = anchors.Count;
        if (n < 2) return n == 1 ? [anchors[0], anchors[0], anchors[0], anchors[0]] : [];
        var points = new Vector3[4 * (n - 1)];
        for (int i = 0; i < n - 1; i++)
        {
            var p0 = anchors[Math.Max(i - 1, 0)];
            var p1 = anchors[i];
            var p2 = anchors[i + 1];
            var p3 = anchors[Math.Min(i + 2, n - 1)];
            points[4 * i] = p1;
            points[4 * i + 1] = p1 + (p2 - p0) / 6f;
            points[4 * i + 2] = p2 - (p3 - p1) / 6f;
            points[4 * i + 3] = p2;
        }
        return points;
    }
}
