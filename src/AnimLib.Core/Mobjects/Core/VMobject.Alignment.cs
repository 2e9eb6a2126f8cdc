using System.Numerics;
using AnimLib.Geometry;

namespace AnimLib.Mobjects;

public partial class VMobject
{
    /// <inheritdoc/>
    /// <remarks>
    /// Sub-paths are paired as ManimGL pairs them, longest first, with three differences that keep a morph's fill free of
    /// holes that neither shape has (the fill's non-zero rule cancels wherever a contour running one way overlaps one
    /// running the other way, and a contour that folds over itself does exactly that):
    /// <list type="bullet">
    /// <item>Outlines pair with outlines and holes with holes (a hole turns the other way round from the longest
    /// sub-path), so an outline never turns inside out into a hole.</item>
    /// <item>A sub-path without a partner grows from (or shrinks to) a point at its own centre (kept within the other
    /// mobject's bounds), instead of ManimGL's longest sub-path run forward and back, which mid-way is a sliver that folds
    /// over the glyph's body.</item>
    /// <item>Two closed partners whose curve-by-curve interpolation would fold over itself half-way, or that belong to
    /// shapes with holes, are paired by length along the outline instead: the start of one moves (the shape is
    /// unchanged) to where the two lie closest, and both are cut at the same fractions of their length. An outline
    /// paired from mismatched starts turns on its way and shrinks mid-way, into the holes. Shapes without holes whose
    /// morph only turns, such as a square becoming a circle, keep ManimGL's pairing.</item>
    /// </list>
    /// </remarks>
    public override void AlignPointsWith(Mobject other)
    {
        if (other is not VMobject vo)
        {
            base.AlignPointsWith(other);
            return;
        }
        if (Points.Length == vo.Points.Length) return;
        if (Points.Length == 0) Points = Enumerable.Repeat(GetCenter(), 4).ToArray();
        if (vo.Points.Length == 0) vo.Points = Enumerable.Repeat(vo.GetCenter(), 4).ToArray();
        if (Points.Length == vo.Points.Length) return;

        var (mineOutlines, mineHoles) = SortedSubpaths(this);
        var (theirOutlines, theirHoles) = SortedSubpaths(vo);
        var newMine = new List<Vector3>();
        var newTheirs = new List<Vector3>();
        var mineBounds = Bounds(Points);
        var theirBounds = Bounds(vo.Points);
        // With holes, an outline that merely turns on its way (and so shrinks mid-way) runs into them.
        bool byLength = mineHoles.Count + theirHoles.Count > 0;
        Pair(mineOutlines, theirOutlines, byLength, mineBounds, theirBounds, newMine, newTheirs);
        Pair(mineHoles, theirHoles, byLength, mineBounds, theirBounds, newMine, newTheirs);
        Points = [.. newMine];
        vo.Points = [.. newTheirs];
    }

    /// <summary>
    /// Pairs the i-th sub-path of each list, with equal curve counts; a missing one is a point at its partner's centre,
    /// moved inside the bounds of the mobject it is added to (so that its bounding box, and whatever is placed by it
    /// after the morph, stay as they were).
    /// </summary>
    private static void Pair(List<Vector3[]> mine, List<Vector3[]> theirs, bool byLength, (Vector3 Min, Vector3 Max) mineBounds,
        (Vector3 Min, Vector3 Max) theirBounds, List<Vector3> newMine, List<Vector3> newTheirs)
    {
        for (int i = 0; i < Math.Max(mine.Count, theirs.Count); i++)
        {
            var p = i < mine.Count ? mine[i] : Collapsed(theirs[i], mineBounds);
            var q = i < theirs.Count ? theirs[i] : Collapsed(mine[i], theirBounds);
            int diff = p.Length / 4 - q.Length / 4;
            if (diff < 0) p = InsertCurvesInto(p, -diff);
            else if (diff > 0) q = InsertCurvesInto(q, diff);
            if (IsClosedPath(p) && IsClosedPath(q) && (byLength || FoldsHalfWay(p, q))) (p, q) = SplitAtSameFractions(StartNearest(p, q), q);
            newMine.AddRange(p);
            newTheirs.AddRange(q);
        }
    }

    /// <summary>
    /// True when the curve-by-curve interpolation of two closed paths folds over itself half-way (the polygon of its
    /// anchors crosses itself), or the two turn opposite ways. A morph that only turns, such as a square becoming a
    /// circle, does not fold and keeps ManimGL's pairing.
    /// </summary>
    private static bool FoldsHalfWay(Vector3[] p, Vector3[] q)
    {
        var np = NewellNormal(p);
        if (Vector3.Dot(np, NewellNormal(q)) <= 0 || np == Vector3.Zero) return true;
        int n = p.Length / 4;
        // The anchors half-way, in coordinates of the plane the first path turns in.
        var normal = Vector3.Normalize(np);
        var u = Vector3.Normalize(Vector3.Cross(normal, MathF.Abs(normal.X) < 0.9f ? Vector3.UnitX : Vector3.UnitY));
        var v = Vector3.Cross(normal, u);
        var xs = new double[n];
        var ys = new double[n];
        for (int i = 0; i < n; i++)
        {
            var mid = 0.5f * (p[4 * i] + q[4 * i]);
            xs[i] = Vector3.Dot(mid, u);
            ys[i] = Vector3.Dot(mid, v);
        }
        for (int i = 0; i < n; i++)
            for (int j = i + 2; j < n; j++)
            {
                if (i == 0 && j == n - 1) continue;
                if (SegmentsCross(xs[i], ys[i], xs[i + 1], ys[i + 1], xs[j], ys[j], xs[(j + 1) % n], ys[(j + 1) % n])) return true;
            }
        return false;
    }

    /// <summary>True when segments AB and CD cross at a point inside both.</summary>
    private static bool SegmentsCross(double ax, double ay, double bx, double by, double cx, double cy, double dx, double dy)
    {
        double d1 = Cross(cx, cy, dx, dy, ax, ay), d2 = Cross(cx, cy, dx, dy, bx, by);
        double d3 = Cross(ax, ay, bx, by, cx, cy), d4 = Cross(ax, ay, bx, by, dx, dy);
        return d1 * d2 < 0 && d3 * d4 < 0;

        static double Cross(double ox, double oy, double px, double py, double qx, double qy) => (px - ox) * (qy - oy) - (py - oy) * (qx - ox);
    }

    /// <summary>The sub-paths, outlines and holes apart, each list longest first.</summary>
    /// <remarks>
    /// A hole is a closed sub-path that turns the other way round from the longest one (its normal by Newell's method
    /// points the other way); open sub-paths and flat ones count as outlines.
    /// </remarks>
    private static (List<Vector3[]> Outlines, List<Vector3[]> Holes) SortedSubpaths(VMobject m)
    {
        // Longest first, so the big outlines of two shapes morph into each other.
        var sorted = m.GetSubpaths().OrderByDescending(ApproxPathLength).ToList();
        var outlines = new List<Vector3[]>();
        var holes = new List<Vector3[]>();
        var reference = NewellNormal(sorted[0]);
        foreach (var path in sorted)
        {
            bool hole = outlines.Count > 0 && IsClosedPath(path) && Vector3.Dot(NewellNormal(path), reference) < 0;
            (hole ? holes : outlines).Add(path);
        }
        return (outlines, holes);
    }

    private static double ApproxPathLength(Vector3[] path)
    {
        double total = 0;
        for (int i = 0; i < path.Length; i += 4) total += Vector3.Distance(path[i], path[i + 3]);
        return total;
    }

    private static bool IsClosedPath(Vector3[] path) => IsSamePoint(path[0], path[^1]);

    /// <summary>Twice the vector area of the polygon of the path's control points: its direction says which way the path turns.</summary>
    private static Vector3 NewellNormal(Vector3[] path)
    {
        var sum = Vector3.Zero;
        for (int i = 0; i < path.Length; i++) sum += Vector3.Cross(path[i], path[(i + 1) % path.Length]);
        return sum;
    }

    /// <summary>As many curves as <paramref name="path"/>, all collapsed onto the centre of its anchors (clamped to <paramref name="bounds"/>).</summary>
    private static Vector3[] Collapsed(Vector3[] path, (Vector3 Min, Vector3 Max) bounds) =>
        Enumerable.Repeat(Vector3.Clamp(AnchorCenter(path), bounds.Min, bounds.Max), path.Length).ToArray();

    private static (Vector3 Min, Vector3 Max) Bounds(Vector3[] points)
    {
        Vector3 min = points[0], max = points[0];
        foreach (var point in points)
        {
            min = Vector3.Min(min, point);
            max = Vector3.Max(max, point);
        }
        return (min, max);
    }

    /// <summary>
    /// The closed path <paramref name="p"/> started at another of its anchors (same shape, curves rotated), the one for
    /// which its anchors, each taken about its path's centre, lie nearest those of <paramref name="q"/> in order.
    /// </summary>
    private static Vector3[] StartNearest(Vector3[] p, Vector3[] q)
    {
        int n = p.Length / 4;
        if (n < 2) return p;
        var pc = AnchorCenter(p);
        var qc = AnchorCenter(q);
        int best = 0;
        double bestCost = double.MaxValue;
        for (int shift = 0; shift < n; shift++)
        {
            double cost = 0;
            for (int i = 0; i < n && cost < bestCost; i++)
                cost += Vector3.DistanceSquared(p[4 * ((i + shift) % n)] - pc, q[4 * i] - qc);
            // Ties keep the earlier start, so a pair that is already aligned stays as it is.
            if (cost < bestCost - 1e-9)
            {
                bestCost = cost;
                best = shift;
            }
        }
        if (best == 0) return p;
        var result = new Vector3[p.Length];
        Array.Copy(p, 4 * best, result, 0, p.Length - 4 * best);
        Array.Copy(p, 0, result, p.Length - 4 * best, 4 * best);
        return result;
    }

    /// <summary>
    /// Both paths cut at the union of their anchors' fractions of length, so that curve k of each covers the same share
    /// of its path: the points of the two meet their counterparts at the same place along the outline, rather than a
    /// run of short curves (a serif) of one being matched with a stretch of a long curve of the other.
    /// </summary>
    private static (Vector3[] P, Vector3[] Q) SplitAtSameFractions(Vector3[] p, Vector3[] q)
    {
        var fp = AnchorFractions(p);
        var fq = AnchorFractions(q);
        var cuts = new List<double>(fp.Length + fq.Length);
        int i = 0, j = 0;
        while (i < fp.Length || j < fq.Length)
        {
            double next = j >= fq.Length || (i < fp.Length && fp[i] <= fq[j]) ? fp[i++] : fq[j++];
            if (cuts.Count == 0 || next - cuts[^1] > 1e-6) cuts.Add(next);
        }
        cuts[^1] = 1;
        return (CutAt(p, fp, cuts), CutAt(q, fq, cuts));
    }

    /// <summary>The fraction of the path's length at each anchor (0 first, 1 last); equal steps for a path of no length.</summary>
    private static double[] AnchorFractions(Vector3[] path)
    {
        int n = path.Length / 4;
        var result = new double[n + 1];
        for (int c = 0; c < n; c++) result[c + 1] = result[c] + Bezier.ApproxLength(path.AsSpan(4 * c, 4), 8);
        double total = result[n];
        for (int c = 0; c <= n; c++) result[c] = total > 1e-9 ? result[c] / total : (double)c / n;
        result[n] = 1;
        return result;
    }

    /// <summary>The path cut into one curve per interval of <paramref name="cuts"/> (whose ends include the path's anchors' fractions).</summary>
    private static Vector3[] CutAt(Vector3[] path, double[] fractions, List<double> cuts)
    {
        var result = new Vector3[4 * (cuts.Count - 1)];
        int curve = 0;
        for (int k = 0; k + 1 < cuts.Count; k++)
        {
            double mid = 0.5 * (cuts[k] + cuts[k + 1]);
            while (curve < fractions.Length - 2 && fractions[curve + 1] <= mid) curve++;
            double a = fractions[curve], b = fractions[curve + 1];
            double span = b - a;
            double t0 = span > 0 ? Math.Clamp((cuts[k] - a) / span, 0, 1) : 0;
            double t1 = span > 0 ? Math.Clamp((cuts[k + 1] - a) / span, 0, 1) : 1;
            Bezier.Partial(path.AsSpan(4 * curve, 4), t0, t1, result.AsSpan(4 * k, 4));
        }
        return result;
    }

    private static Vector3 AnchorCenter(Vector3[] path)
    {
        var center = Vector3.Zero;
        for (int i = 0; i < path.Length; i += 4) center += path[i];
        return center / (path.Length / 4);
    }
}
