using System.Numerics;
using AnimLib.Geometry;

namespace AnimLib.Mobjects;

/// <summary>
/// A straight segment (or circular arc when <c>pathArc</c> ≠ 0) between two points or between the box edges of two
/// mobjects, trimmed by <c>buff</c> at both ends. Stroke GREY_A width 4 by default.
/// </summary>
public class Line : VMobject
{
    /// <summary>Creates a line from <paramref name="start"/> to <paramref name="end"/> (Left to Right by default).</summary>
    public Line(Vector3? start = null, Vector3? end = null, double buff = 0, double pathArc = 0, Color? color = null, double? strokeWidth = null)
    {
        Buff = buff;
        PathArc = pathArc;
        if (color is Color c) StrokeColor = FillColor = c;
        if (strokeWidth is double w) StrokeWidth = w;
        SetPointsByEnds(start ?? Directions.Left, end ?? Directions.Right);
    }

    /// <summary>Creates a line between two mobjects, leaving each one's bounding box along the line between their centres.</summary>
    public Line(Mobject start, Mobject end, double buff = 0, double pathArc = 0, Color? color = null, double? strokeWidth = null)
        : this(EndsBetween(start, end).Start, EndsBetween(start, end).End, buff, pathArc, color, strokeWidth)
    {
    }

    /// <summary>Creates a line from a point to a mobject's box edge.</summary>
    public Line(Vector3 start, Mobject end, double buff = 0, double pathArc = 0)
        : this(start, end.GetContinuousBoundingBoxPoint(start - end.GetCenter()), buff, pathArc)
    {
    }

    /// <summary>Creates a line from a mobject's box edge to a point.</summary>
    public Line(Mobject start, Vector3 end, double buff = 0, double pathArc = 0)
        : this(start.GetContinuousBoundingBoxPoint(end - start.GetCenter()), end, buff, pathArc)
    {
    }

    /// <summary>Length trimmed from each end.</summary>
    public double Buff { get; protected set; }

    /// <summary>Bend angle in radians (positive bulges counter-clockwise).</summary>
    public double PathArc { get; protected set; }

    internal static (Vector3 Start, Vector3 End) EndsBetween(Mobject a, Mobject b)
    {
        var dir = b.GetCenter() - a.GetCenter();
        return (a.GetContinuousBoundingBoxPoint(dir), b.GetContinuousBoundingBoxPoint(-dir));
    }

    /// <summary>Rebuilds the path between <paramref name="start"/> and <paramref name="end"/> with the current buff and arc.</summary>
    public virtual Line SetPointsByEnds(Vector3 start, Vector3 end)
    {
        Points = BuildPath(start, end, Buff, PathArc);
        return this;
    }

    internal static Vector3[] BuildPath(Vector3 start, Vector3 end, double buff, double pathArc)
    {
        if (Math.Abs(pathArc) < 1e-6)
        {
            double length = Vector3.Distance(start, end);
            if (buff > 0 && length > 0)
            {
                var unit = (end - start) / (float)length;
                float b = (float)Math.Min(buff, length / 2);
                (start, end) = (start + unit * b, end - unit * b);
            }
            var line = new Vector3[4];
            Bezier.Line(start, end, line);
            return line;
        }
        // Circle through start and end whose chord subtends pathArc.
        var chord = end - start;
        float half = chord.Length() / 2;
        double radius = half / Math.Sin(Math.Abs(pathArc) / 2);
        var mid = (start + end) / 2;
        var toCenter = Vector3.Cross(Directions.Out, chord) * (float)(0.5 / Math.Tan(pathArc / 2));
        var center = mid + toCenter;
        double startAngle = VectorMath.AngleOf(start - center);
        double trim = Math.Sign(pathArc) * Math.Min(buff / radius, Math.Abs(pathArc) / 2);
        double sweep = pathArc - 2 * trim;
        int pieces = Math.Max(1, (int)Math.Ceiling(Math.Abs(sweep) / (Math.PI / 4)));
        var pts = Bezier.Arc(startAngle + trim, sweep, pieces);
        for (int i = 0; i < pts.Length; i++) pts[i] = pts[i] * (float)radius + center with { Z = start.Z };
        return pts;
    }

    /// <summary>End minus start.</summary>
    public Vector3 GetVector() => GetEnd() - GetStart();

    /// <summary>Unit vector from start to end.</summary>
    public Vector3 GetUnitVector() => VectorMath.Normalize(GetVector());

    /// <summary>Angle of the line in the xy plane (radians from +x).</summary>
    public double GetAngle() => VectorMath.AngleOf(GetVector());

    /// <summary>Distance from start to end.</summary>
    public double GetLength() => GetVector().Length();

    /// <summary>Slope dy/dx.</summary>
    public double GetSlope() => Math.Tan(GetAngle());

    /// <summary>Scales about the centre so the length becomes <paramref name="length"/>.</summary>
    public Line SetLength(double length)
    {
        double current = GetLength();
        if (current > 1e-9) this.Scale(length / current);
        return this;
    }

    /// <summary>Moves, scales and rotates so the line runs from <paramref name="start"/> to <paramref name="end"/>.</summary>
    public virtual Line PutStartAndEndOn(Vector3 start, Vector3 end)
    {
        var curStart = GetStart();
        var curEnd = GetEnd();
        var curVec = curEnd - curStart;
        var newVec = end - start;
        if (curVec.LengthSquared() < 1e-12f)
        {
            // A degenerate line has no direction to rotate: rebuild it instead.
            Points = BuildPath(start, end, 0, PathArc);
            return this;
        }
        float scale = newVec.Length() / curVec.Length();
        double angle = VectorMath.AngleOf(newVec) - VectorMath.AngleOf(curVec);
        this.Scale(scale, aboutPoint: curStart);
        this.Rotate(angle, aboutPoint: curStart);
        this.Shift(start - curStart);
        return this;
    }
}
