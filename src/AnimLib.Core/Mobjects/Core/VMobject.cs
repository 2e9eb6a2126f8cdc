using System.Numerics;
using AnimLib.Geometry;

namespace AnimLib.Mobjects;

/// <summary>
/// A vectorised mobject: paths made of cubic Bezier curves, with fill and stroke styles.
/// </summary>
/// <remarks>
/// <see cref="Mobject.Points"/> stores curves back to back, four control points each
/// (anchor, handle, handle, anchor). A new sub-path starts wherever a curve's first point differs from
/// the previous curve's last point. Fill uses the non-zero winding rule, so glyph holes work, and an
/// open sub-path is filled as if closed by a straight segment.
/// </remarks>
public partial class VMobject : Mobject
{
    private const float SamePointTolerance = 1e-6f;
    private Vector3? _pendingStart;

    /// <summary>Creates an empty vector mobject with ManimGL's default style (no fill, GREY_A stroke of width 4).</summary>
    public VMobject()
    {
    }

    /// <summary>Fill colour (default GREY_C).</summary>
    public Color FillColor { get; set; } = Palette.GreyC;

    /// <summary>Fill opacity in [0, 1] (default 0: not filled).</summary>
    public double FillOpacity { get; set; }

    /// <summary>Stroke colour (default GREY_A).</summary>
    public Color StrokeColor { get; set; } = Palette.GreyA;

    /// <summary>Stroke opacity in [0, 1].</summary>
    public double StrokeOpacity { get; set; } = 1;

    /// <summary>Stroke width in ManimGL units (4 ≈ 5.4 px at 1080p; constant on screen).</summary>
    public double StrokeWidth { get; set; } = Constants.DefaultStrokeWidth;

    /// <summary>
    /// Optional stroke widths along the path (any length ≥ 1), resampled linearly over the path's points;
    /// overrides <see cref="StrokeWidth"/> when set (tapered lines, passing flashes).
    /// </summary>
    public double[]? StrokeWidths { get; set; }

    /// <summary>Paint the stroke behind the fill (a backstroke that only shows outside the shape).</summary>
    public bool StrokeBehind { get; set; }

    /// <summary>Width of a thin extra outline in the fill colour, used to embolden glyphs slightly.</summary>
    public double FillBorderWidth { get; set; }

    /// <summary>Number of cubic curves in this member's own path.</summary>
    public int CurveCount => Points.Length / 4;

    /// <summary>Child at <paramref name="index"/> as a vector mobject.</summary>
    public new VMobject this[Index index] => (VMobject)Submobjects[index];

    /// <summary>A new <see cref="VGroup"/> holding the children in <paramref name="range"/> (the children themselves, not copies).</summary>
    public new VGroup this[Range range] => new(Submobjects.Take(range).Cast<VMobject>());

    /// <inheritdoc/>
    protected override void ValidateChild(Mobject child)
    {
        if (child is not VMobject)
            throw new ArgumentException($"Only vector mobjects can be children of a {GetType().Name}; a {child.GetType().Name} was given. Use Group to mix vector and non-vector mobjects.");
    }

    // ---------------------------------------------------------------- style

    /// <inheritdoc/>
    public override Color GetColor() =>
        HasPoints || Submobjects.Count == 0
            ? (FillOpacity > 0 ? FillColor : StrokeColor)
            : Submobjects[0].GetColor();

    /// <inheritdoc/>
    public override double GetOpacity() =>
        HasPoints || Submobjects.Count == 0 ? (FillOpacity > 0 ? FillOpacity : StrokeOpacity) : Submobjects[0].GetOpacity();

    /// <inheritdoc/>
    protected internal override void SetColorOwn(Color color, double? opacity)
    {
        FillColor = color;
        StrokeColor = color;
        if (opacity is double o)
        {
            FillOpacity = o;
            StrokeOpacity = o;
        }
    }

    /// <inheritdoc/>
    protected internal override void SetOpacityOwn(double opacity)
    {
        FillOpacity = opacity;
        StrokeOpacity = opacity;
    }

    /// <summary>The stroke width at each of <paramref name="count"/> evenly spaced positions along the path.</summary>
    public double[] GetStrokeWidthsResampled(int count)
    {
        var result = new double[count];
        if (StrokeWidths is not { Length: > 0 } widths)
        {
            Array.Fill(result, StrokeWidth);
            return result;
        }
        return Resample(widths, count);
    }

    internal static double[] Resample(double[] values, int count)
    {
        var result = new double[count];
        if (values.Length == 1 || count == 1)
        {
            Array.Fill(result, values[0]);
            return result;
        }
        for (int i = 0; i < count; i++)
        {
            double pos = (double)i / (count - 1) * (values.Length - 1);
            int k = Math.Min((int)pos, values.Length - 2);
            result[i] = values[k] + (values[k + 1] - values[k]) * (pos - k);
        }
        return result;
    }

    /// <inheritdoc/>
    protected override void CopyOwnedFields()
    {
        base.CopyOwnedFields();
        StrokeWidths = (double[]?)StrokeWidths?.Clone();
    }

    /// <summary>Takes over every fill and stroke setting of <paramref name="source"/> (not its points or children).</summary>
    internal void CopyStyleFrom(VMobject source)
    {
        FillColor = source.FillColor;
        FillOpacity = source.FillOpacity;
        StrokeColor = source.StrokeColor;
        StrokeOpacity = source.StrokeOpacity;
        StrokeWidth = source.StrokeWidth;
        StrokeWidths = (double[]?)source.StrokeWidths?.Clone();
        StrokeBehind = source.StrokeBehind;
        FillBorderWidth = source.FillBorderWidth;
    }

    /// <inheritdoc/>
    protected override void InterpolateOwnState(Mobject start, Mobject end, double alpha)
    {
        if (start is not VMobject a || end is not VMobject b) return;
        FillColor = Color.Lerp(a.FillColor, b.FillColor, alpha);
        FillOpacity = VectorMath.Lerp(a.FillOpacity, b.FillOpacity, alpha);
        StrokeColor = Color.Lerp(a.StrokeColor, b.StrokeColor, alpha);
        StrokeOpacity = VectorMath.Lerp(a.StrokeOpacity, b.StrokeOpacity, alpha);
        StrokeWidth = VectorMath.Lerp(a.StrokeWidth, b.StrokeWidth, alpha);
        FillBorderWidth = VectorMath.Lerp(a.FillBorderWidth, b.FillBorderWidth, alpha);
        if (a.StrokeWidths is null && b.StrokeWidths is null)
        {
            StrokeWidths = null;
        }
        else
        {
            int n = Math.Max(Math.Max(a.StrokeWidths?.Length ?? 1, b.StrokeWidths?.Length ?? 1), 2);
            var wa = a.GetStrokeWidthsResampled(n);
            var wb = b.GetStrokeWidthsResampled(n);
            StrokeWidths = new double[n];
            for (int i = 0; i < n; i++) StrokeWidths[i] = VectorMath.Lerp(wa[i], wb[i], alpha);
        }
        StrokeBehind = alpha < 0.5 ? a.StrokeBehind : b.StrokeBehind;
    }

    // ---------------------------------------------------------------- building paths

    /// <summary>Replaces the path by a polyline through <paramref name="corners"/>.</summary>
    public VMobject SetPointsAsCorners(IEnumerable<Vector3> corners)
    {
        var list = corners.ToList();
        var pts = new Vector3[Math.Max(0, list.Count - 1) * 4];
        for (int i = 0; i + 1 < list.Count; i++) Bezier.Line(list[i], list[i + 1], pts.AsSpan(4 * i, 4));
        Points = pts;
        _pendingStart = null;
        return this;
    }

    /// <summary>Replaces the path by smooth curves through <paramref name="anchors"/>.</summary>
    public VMobject SetPointsSmoothly(IEnumerable<Vector3> anchors)
    {
        Points = Bezier.SmoothThrough(anchors.ToList());
        _pendingStart = null;
        return this;
    }

    /// <summary>Clears the path.</summary>
    public VMobject ClearPoints()
    {
        Points = [];
        _pendingStart = null;
        return this;
    }

    /// <summary>Starts a new sub-path at <paramref name="point"/>; the next curve begins there.</summary>
    public VMobject StartNewPath(Vector3 point)
    {
        _pendingStart = point;
        return this;
    }

    private Vector3 CurrentPoint =>
        _pendingStart ?? (Points.Length > 0 ? Points[^1] : throw new InvalidOperationException("The path is empty: call StartNewPath(point) first."));

    /// <summary>Appends a cubic curve from the current point.</summary>
    public VMobject AddCubicBezierCurveTo(Vector3 handle1, Vector3 handle2, Vector3 anchor)
    {
        var start = CurrentPoint;
        _pendingStart = null;
        Points = [.. Points, start, handle1, handle2, anchor];
        return this;
    }

    /// <summary>Appends a quadratic curve from the current point (stored as the equivalent cubic).</summary>
    public VMobject AddQuadraticBezierCurveTo(Vector3 handle, Vector3 anchor)
    {
        var start = CurrentPoint;
        return AddCubicBezierCurveTo(start + (handle - start) * (2f / 3), anchor + (handle - anchor) * (2f / 3), anchor);
    }

    /// <summary>Appends a straight segment from the current point.</summary>
    public VMobject AddLineTo(Vector3 point)
    {
        var start = CurrentPoint;
        return AddCubicBezierCurveTo(Vector3.Lerp(start, point, 1f / 3), Vector3.Lerp(start, point, 2f / 3), point);
    }

    /// <summary>Closes the last sub-path with a straight segment back to its start (if it is open).</summary>
    public VMobject ClosePath()
    {
        var subpaths = GetSubpaths();
        if (subpaths.Count == 0) return this;
        var last = subpaths[^1];
        if (Vector3.DistanceSquared(last[0], last[^1]) > SamePointTolerance) AddLineTo(last[0]);
        return this;
    }

    /// <summary>Appends raw curve points (a multiple of four).</summary>
    public VMobject AppendPoints(ReadOnlySpan<Vector3> curvePoints)
    {
        if (curvePoints.Length % 4 != 0)
            throw new ArgumentException($"Curve points come in fours (cubic Beziers); got {curvePoints.Length}.", nameof(curvePoints));
        Points = [.. Points, .. curvePoints];
        _pendingStart = null;
        return this;
    }

    /// <summary>Appends the path of another vector mobject as new sub-paths.</summary>
    public VMobject AppendVectorizedMobject(VMobject other) => AppendPoints(other.Points);

    // ---------------------------------------------------------------- querying paths

    /// <summary>The four control points of curve <paramref name="index"/>.</summary>
    public ReadOnlySpan<Vector3> GetNthCurvePoints(int index) => Points.AsSpan(4 * index, 4);

    /// <summary>Splits this member's own path into sub-paths (each a multiple of four points).</summary>
    public List<Vector3[]> GetSubpaths()
    {
        var result = new List<Vector3[]>();
        int start = 0;
        for (int c = 1; c <= CurveCount; c++)
        {
            bool boundary = c == CurveCount || !IsSamePoint(Points[4 * c - 1], Points[4 * c]);
            if (!boundary) continue;
            result.Add(Points[(4 * start)..(4 * c)]);
            start = c;
        }
        return result;
    }

    private static bool IsSamePoint(Vector3 a, Vector3 b) => Vector3.DistanceSquared(a, b) <= SamePointTolerance * SamePointTolerance;

    /// <summary>Curve start points plus each sub-path's end point.</summary>
    public List<Vector3> GetAnchors()
    {
        var result = new List<Vector3>();
        foreach (var sp in GetSubpaths())
        {
            for (int i = 0; i < sp.Length; i += 4) result.Add(sp[i]);
            result.Add(sp[^1]);
        }
        return result;
    }

    /// <summary>True when the (first) path ends where it starts.</summary>
    public bool IsClosed() => Points.Length >= 4 && IsSamePoint(Points[0], Points[^1]);

    /// <summary>Approximate length of each curve.</summary>
    public double[] GetCurveLengths()
    {
        var lengths = new double[CurveCount];
        for (int i = 0; i < lengths.Length; i++) lengths[i] = Bezier.ApproxLength(GetNthCurvePoints(i), 8);
        return lengths;
    }

    /// <summary>Approximate total length of this member's path.</summary>
    public double GetArcLength() => GetCurveLengths().Sum();

    /// <summary>The point at fraction <paramref name="alpha"/> of the path's length (alias <see cref="Pfp"/>).</summary>
    public Vector3 PointFromProportion(double alpha)
    {
        if (CurveCount == 0)
        {
            if (Submobjects.Count > 0 && Submobjects[0] is VMobject first) return first.PointFromProportion(alpha);
            throw new InvalidOperationException($"PointFromProportion on a {GetType().Name} without points.");
        }
        alpha = Math.Clamp(alpha, 0, 1);
        var lengths = GetCurveLengths();
        double total = lengths.Sum();
        if (total <= 0) return Points[0];
        double target = alpha * total, acc = 0;
        for (int i = 0; i < lengths.Length; i++)
        {
            if (acc + lengths[i] >= target || i == lengths.Length - 1)
            {
                double local = lengths[i] > 0 ? (target - acc) / lengths[i] : 0;
                return Bezier.Evaluate(GetNthCurvePoints(i), Math.Clamp(local, 0, 1));
            }
            acc += lengths[i];
        }
        return Points[^1];
    }

    /// <summary>Short alias of <see cref="PointFromProportion"/>.</summary>
    public Vector3 Pfp(double alpha) => PointFromProportion(alpha);

    // ---------------------------------------------------------------- editing paths

    /// <summary>
    /// Adds <paramref name="n"/> curves without changing the shape, always splitting the curve whose
    /// pieces are currently longest (by chord).
    /// </summary>
    public VMobject InsertNCurves(int n)
    {
        if (n <= 0) return this;
        if (CurveCount == 0)
        {
            var p = Points.Length > 0 ? Points[0] : GetCenter();
            Points = Enumerable.Repeat(p, 4 * (n + 1)).ToArray();
            return this;
        }
        Points = InsertCurvesInto(Points, n);
        return this;
    }

    internal static Vector3[] InsertCurvesInto(Vector3[] points, int n)
    {
        int curves = points.Length / 4;
        var pieces = new int[curves];
        var chords = new double[curves];
        for (int i = 0; i < curves; i++)
        {
            pieces[i] = 1;
            chords[i] = Vector3.Distance(points[4 * i], points[4 * i + 3]);
        }
        for (int k = 0; k < n; k++)
        {
            int best = 0;
            for (int i = 1; i < curves; i++)
                if (chords[i] / pieces[i] > chords[best] / pieces[best]) best = i;
            pieces[best]++;
        }
        var result = new Vector3[4 * (curves + n)];
        int o = 0;
        for (int i = 0; i < curves; i++)
        {
            var sub = Bezier.Subdivide(points.AsSpan(4 * i, 4), pieces[i]);
            sub.CopyTo(result, o);
            o += sub.Length;
        }
        return result;
    }

    /// <summary>
    /// Becomes the part of <paramref name="source"/> between proportions <paramref name="a"/> and <paramref name="b"/>,
    /// measured in curve count. Points outside the range collapse onto its ends, so the point count stays that of the source.
    /// </summary>
    public VMobject PointwiseBecomePartial(VMobject source, double a, double b)
    {
        var src = source.Points;
        int n = src.Length / 4;
        if (Points.Length != src.Length) Points = new Vector3[src.Length];
        if (n == 0) return this;
        if (a <= 0 && b >= 1)
        {
            src.CopyTo(Points, 0);
            return this;
        }
        var (lowIndex, lowResidue) = IntegerInterpolate(n, a);
        var (highIndex, highResidue) = IntegerInterpolate(n, b);
        var pts = Points;
        Span<Vector3> piece = stackalloc Vector3[4];
        if (lowIndex == highIndex)
        {
            Bezier.Partial(src.AsSpan(4 * lowIndex, 4), lowResidue, highResidue, piece);
            piece.CopyTo(pts.AsSpan(4 * lowIndex, 4));
        }
        else
        {
            Bezier.Partial(src.AsSpan(4 * lowIndex, 4), lowResidue, 1, piece);
            piece.CopyTo(pts.AsSpan(4 * lowIndex, 4));
            Array.Copy(src, 4 * (lowIndex + 1), pts, 4 * (lowIndex + 1), 4 * (highIndex - lowIndex - 1));
            Bezier.Partial(src.AsSpan(4 * highIndex, 4), 0, highResidue, piece);
            piece.CopyTo(pts.AsSpan(4 * highIndex, 4));
        }
        var first = pts[4 * lowIndex];
        for (int i = 0; i < 4 * lowIndex; i++) pts[i] = first;
        var last = pts[4 * highIndex + 3];
        for (int i = 4 * (highIndex + 1); i < pts.Length; i++) pts[i] = last;
        return this;
    }

    private static (int Index, double Residue) IntegerInterpolate(int count, double alpha)
    {
        if (alpha >= 1) return (count - 1, 1.0);
        if (alpha <= 0) return (0, 0.0);
        double value = count * alpha;
        int index = (int)Math.Floor(value);
        return (index, value - index);
    }

    /// <summary>Reverses the direction of the path.</summary>
    public VMobject ReversePoints()
    {
        Array.Reverse(Points);
        return this;
    }

    /// <summary>Re-fits the path's handles so it passes smoothly through its anchors.</summary>
    public VMobject MakeSmooth()
    {
        var result = new List<Vector3>();
        foreach (var sp in GetSubpaths())
        {
            var anchors = new List<Vector3>();
            for (int i = 0; i < sp.Length; i += 4) anchors.Add(sp[i]);
            anchors.Add(sp[^1]);
            result.AddRange(Bezier.SmoothThrough(anchors));
        }
        Points = [.. result];
        return this;
    }

    /// <summary>Straightens every curve into the segment between its anchors.</summary>
    public VMobject MakeJagged()
    {
        for (int i = 0; i < CurveCount; i++) Bezier.Line(Points[4 * i], Points[4 * i + 3], Points.AsSpan(4 * i, 4));
        return this;
    }

    /// <inheritdoc/>
    public override Mobject GetPointMobject(Vector3? at = null)
    {
        var c = (VMobject)DeepCopy();
        c.ClearCore();
        c.Points = Enumerable.Repeat(at ?? GetCenter(), 4).ToArray();
        return c;
    }
}
