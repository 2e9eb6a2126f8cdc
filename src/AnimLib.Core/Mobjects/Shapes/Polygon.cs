using System.Numerics;
using AnimLib.Geometry;

namespace AnimLib.Mobjects;

/// <summary>A closed polyline through the given vertices (stroke GREY_A width 4, no fill, by default).</summary>
public class Polygon : VMobject
{
    /// <summary>Creates a polygon.</summary>
    public Polygon(params Vector3[] vertices)
    {
        if (vertices.Length > 0) SetPointsAsCorners([.. vertices, vertices[0]]);
    }

    /// <summary>The vertices (curve start points of the first sub-path).</summary>
    public List<Vector3> GetVertices()
    {
        var anchors = GetAnchors();
        if (anchors.Count > 1 && Vector3.DistanceSquared(anchors[0], anchors[^1]) < 1e-10f) anchors.RemoveAt(anchors.Count - 1);
        return anchors;
    }

    /// <summary>
    /// Replaces every vertex by a circular arc tangent to both edges (radius a quarter of the shortest edge by default);
    /// a negative radius bends the corners inward.
    /// </summary>
    public Polygon RoundCorners(double? radius = null)
    {
        var v = GetVertices();
        int n = v.Count;
        if (n < 3) return this;
        double shortest = Enumerable.Range(0, n).Min(i => Vector3.Distance(v[i], v[(i + 1) % n]));
        double r = radius ?? shortest / 4;
        var arcs = new List<Vector3[]>();
        for (int i = 0; i < n; i++)
        {
            var prev = v[(i + n - 1) % n];
            var cur = v[i];
            var next = v[(i + 1) % n];
            var d1 = VectorMath.Normalize(cur - prev);
            var d2 = VectorMath.Normalize(next - cur);
            double turn = Math.Atan2(Vector3.Cross(d1, d2).Z, Vector3.Dot(d1, d2));
            double cut = Math.Abs(r * Math.Tan(turn / 2));
            var start = cur - d1 * (float)cut;
            var end = cur + d2 * (float)cut;
            // A cubic from the cut points with handles along the edges approximates the tangent arc.
            float k = (float)(4.0 / 3.0 * Math.Tan(Math.Abs(turn) / 4) * Math.Abs(r));
            arcs.Add([start, start + d1 * k, end - d2 * k, end]);
        }
        var pts = new List<Vector3>();
        for (int i = 0; i < n; i++)
        {
            pts.AddRange(arcs[i]);
            var line = new Vector3[4];
            Bezier.Line(arcs[i][3], arcs[(i + 1) % n][0], line);
            pts.AddRange(line);
        }
        Points = [.. pts];
        return this;
    }
}
