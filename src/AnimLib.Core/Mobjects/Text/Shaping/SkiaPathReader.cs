using System.Numerics;
using SkiaSharp;

namespace AnimLib.Mobjects;

/// <summary>
/// Converts a Skia path into AnimLib's cubic Bezier point layout: 4 points per curve, lines and quadratics elevated to
/// cubics, every sub-path closed explicitly (a closing line is added when a contour does not end where it started).
/// </summary>
internal static class SkiaPathReader
{
    /// <summary>The points of <paramref name="path"/> as consecutive cubic curves, sub-paths one after another, in the path's own coordinates.</summary>
    internal static Vector3[] ReadCubics(SKPath path)
    {
        var points = new List<Vector3>();
        using var iterator = path.CreateRawIterator();
        Span<SKPoint> pts = stackalloc SKPoint[4];
        Vector3 start = default, last = default;
        int subpathCurves = 0;
        SKPathVerb verb;
        while ((verb = iterator.Next(pts)) != SKPathVerb.Done)
        {
            switch (verb)
            {
                case SKPathVerb.Move:
                    CloseSubpath(points, ref subpathCurves, start, last);
                    start = last = V(pts[0]);
                    break;
                case SKPathVerb.Line:
                {
                    var p = V(pts[1]);
                    Add(points, last, Vector3.Lerp(last, p, 1f / 3), Vector3.Lerp(last, p, 2f / 3), p);
                    subpathCurves++;
                    last = p;
                    break;
                }
                case SKPathVerb.Quad:
                {
                    var (q, p) = (V(pts[1]), V(pts[2]));
                    Add(points, last, last + 2f / 3 * (q - last), p + 2f / 3 * (q - p), p);
                    subpathCurves++;
                    last = p;
                    break;
                }
                case SKPathVerb.Conic:
                {
                    // Fonts do not use conics, but a path may: the cubic with handles at 4w / 3(1 + w) of the control
                    // polygon is exact for w = 1 and close for the weights near 1 that circular arcs use.
                    var (c, p) = (V(pts[1]), V(pts[2]));
                    float k = 4 * iterator.ConicWeight() / (3 * (1 + iterator.ConicWeight()));
                    Add(points, last, last + k * (c - last), p + k * (c - p), p);
                    subpathCurves++;
                    last = p;
                    break;
                }
                case SKPathVerb.Cubic:
                {
                    var p = V(pts[3]);
                    Add(points, last, V(pts[1]), V(pts[2]), p);
                    subpathCurves++;
                    last = p;
                    break;
                }
                case SKPathVerb.Close:
                    CloseSubpath(points, ref subpathCurves, start, last);
                    last = start;
                    break;
            }
        }
        CloseSubpath(points, ref subpathCurves, start, last);
        return points.ToArray();
    }

    // Glyph contours are closed shapes even when the path leaves the final edge implicit: draw it, once.
    private static void CloseSubpath(List<Vector3> points, ref int subpathCurves, Vector3 start, Vector3 last)
    {
        if (subpathCurves > 0 && Vector3.DistanceSquared(last, start) > 1e-12f)
            Add(points, last, Vector3.Lerp(last, start, 1f / 3), Vector3.Lerp(last, start, 2f / 3), start);
        subpathCurves = 0;
    }

    private static void Add(List<Vector3> points, Vector3 a, Vector3 b, Vector3 c, Vector3 d)
    {
        points.Add(a);
        points.Add(b);
        points.Add(c);
        points.Add(d);
    }

    private static Vector3 V(SKPoint p) => new(p.X, p.Y, 0);
}
