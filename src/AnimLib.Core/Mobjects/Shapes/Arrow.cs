using System.Numerics;
using AnimLib.Geometry;

namespace AnimLib.Mobjects;

/// <summary>
/// An arrow drawn as one filled polygon (shaft plus triangular tip; fill GREY_A, no stroke). Its shaft is
/// <c>0.015·thickness</c> wide; short arrows shrink shaft and tip proportionally. Moving, scaling or rotating an arrow
/// rebuilds it from its new ends, so its thickness is kept.
/// </summary>
public class Arrow : VMobject
{
    private Vector3 _start;
    private Vector3 _end;
    private Vector3 _normal = Directions.Out;

    /// <summary>Creates an arrow between two points, trimmed by <paramref name="buff"/> at both ends.</summary>
    public Arrow(Vector3? start = null, Vector3? end = null, double buff = 0.25, double pathArc = 0, double thickness = 3.0,
        double tipWidthRatio = 5, double tipAngle = Math.PI / 3, double maxTipLengthToLengthRatio = 0.5,
        double maxWidthToLengthRatio = 0.1, Color? fillColor = null, double strokeWidth = 0)
    {
        if (Math.Abs(pathArc) > 1e-9)
            throw new NotSupportedException("Curved arrows (pathArc != 0) are not supported; use a Line with pathArc plus an ArrowTip.");
        Thickness = thickness;
        TipWidthRatio = tipWidthRatio;
        TipAngle = tipAngle;
        MaxTipLengthToLengthRatio = maxTipLengthToLengthRatio;
        MaxWidthToLengthRatio = maxWidthToLengthRatio;
        FillColor = fillColor ?? Palette.GreyA;
        FillOpacity = 1;
        StrokeColor = Palette.GreyA;
        StrokeWidth = strokeWidth;
        var s = start ?? Directions.Left;
        var e = end ?? Directions.Right;
        var pts = Line.BuildPath(s, e, buff, 0);
        SetEnds(pts[0], pts[^1]);
    }

    /// <summary>Creates an arrow between two mobjects (from box edge to box edge along the line of their centres).</summary>
    public Arrow(Mobject start, Mobject end, double buff = 0.25, double thickness = 3.0)
        : this(Line.EndsBetween(start, end).Start, Line.EndsBetween(start, end).End, buff, thickness: thickness)
    {
    }

    /// <summary>Creates an arrow from a point to a mobject's box edge.</summary>
    public Arrow(Vector3 start, Mobject end, double buff = 0.25, double thickness = 3.0)
        : this(start, end.GetContinuousBoundingBoxPoint(start - end.GetCenter()), buff, thickness: thickness)
    {
    }

    /// <summary>Creates an arrow from a mobject's box edge to a point.</summary>
    public Arrow(Mobject start, Vector3 end, double buff = 0.25, double thickness = 3.0)
        : this(start.GetContinuousBoundingBoxPoint(end - start.GetCenter()), end, buff, thickness: thickness)
    {
    }

    /// <summary>Thickness; the shaft is 0.015·thickness units wide.</summary>
    public double Thickness { get; private set; }

    /// <summary>Tip width over shaft width.</summary>
    public double TipWidthRatio { get; }

    /// <summary>Apex angle of the tip.</summary>
    public double TipAngle { get; }

    /// <summary>Largest tip length as a fraction of the arrow length.</summary>
    public double MaxTipLengthToLengthRatio { get; }

    /// <summary>Largest shaft width as a fraction of the arrow length.</summary>
    public double MaxWidthToLengthRatio { get; }

    /// <summary>Middle of the shaft's base.</summary>
    public override Vector3 GetStart() => _start;

    /// <summary>The tip point.</summary>
    public override Vector3 GetEnd() => _end;

    /// <summary>End minus start.</summary>
    public Vector3 GetVector() => _end - _start;

    /// <summary>Length from base to tip.</summary>
    public double GetLength() => GetVector().Length();

    /// <summary>Angle in the xy plane.</summary>
    public double GetAngle() => VectorMath.AngleOf(GetVector());

    /// <summary>Rebuilds the arrow between new ends, keeping its thickness.</summary>
    public Arrow PutStartAndEndOn(Vector3 start, Vector3 end)
    {
        SetEnds(start, end);
        return this;
    }

    /// <summary>Changes the thickness and rebuilds.</summary>
    public Arrow SetThickness(double thickness)
    {
        Thickness = thickness;
        SetEnds(_start, _end);
        return this;
    }

    private void SetEnds(Vector3 start, Vector3 end)
    {
        _start = start;
        _end = end;
        Points = BuildOutline();
    }

    private Vector3[] BuildOutline()
    {
        var vec = _end - _start;
        float length = vec.Length();
        var unit = length > 1e-9f ? vec / length : Directions.Right;
        var side = VectorMath.Normalize(Vector3.Cross(_normal, unit), VectorMath.AnyPerpendicular(unit));
        double shaft = Math.Min(0.015 * Thickness, MaxWidthToLengthRatio * length);
        double tipWidth = TipWidthRatio * 0.015 * Thickness;
        double tipLength = tipWidth / (2 * Math.Tan(TipAngle / 2));
        double maxTip = MaxTipLengthToLengthRatio * length;
        if (tipLength > maxTip)
        {
            double f = tipLength > 0 ? maxTip / tipLength : 0;
            tipLength *= f;
            tipWidth *= f;
            shaft = Math.Min(shaft, 0.015 * Thickness * f);
        }
        var shaftEnd = _end - unit * (float)tipLength;
        var w = side * (float)(shaft / 2);
        var t = side * (float)(tipWidth / 2);
        var outline = new VMobject().SetPointsAsCorners(
        [
            _start - w, shaftEnd - w, shaftEnd - t, _end, shaftEnd + t, shaftEnd + w, _start + w, _start - w,
        ]);
        return outline.Points;
    }

    /// <inheritdoc/>
    protected override void OnPointsTransformed(Func<Vector3, Vector3> map)
    {
        var start = map(_start);
        var end = map(_end);
        var normalEnd = map(_start + _normal);
        var normal = VectorMath.Normalize(normalEnd - start, _normal);
        _normal = normal;
        SetEnds(start, end);
    }

    /// <inheritdoc/>
    protected override void InterpolateOwnState(Mobject start, Mobject end, double alpha)
    {
        base.InterpolateOwnState(start, end, alpha);
        if (start is Arrow a && end is Arrow b)
        {
            _start = VectorMath.Lerp(a._start, b._start, alpha);
            _end = VectorMath.Lerp(a._end, b._end, alpha);
            _normal = VectorMath.Normalize(VectorMath.Lerp(a._normal, b._normal, alpha), b._normal);
            Thickness = VectorMath.Lerp(a.Thickness, b.Thickness, alpha);
        }
    }
}
