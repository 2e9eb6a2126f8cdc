using System.Numerics;
using AnimLib.Geometry;

namespace AnimLib.Mobjects;

/// <summary>An isosceles triangle pointing along +x (rotated by <c>angle</c>), its tip at its first point. Filled white.</summary>
public class ArrowTip : VMobject
{
    /// <summary>Creates the tip with its point at the origin.</summary>
    public ArrowTip(double angle = 0, double width = 0.35, double length = 0.35, Color? color = null)
    {
        float w = (float)width / 2, l = (float)length;
        SetPointsAsCorners([Vector3.Zero, new(-l, w, 0), new(-l, -w, 0), Vector3.Zero]);
        FillColor = color ?? Palette.White;
        FillOpacity = 1;
        StrokeWidth = 0;
        this.Rotate(angle, aboutPoint: Vector3.Zero);
    }

    /// <summary>The tip point.</summary>
    public Vector3 GetTipPoint() => Points[0];

    /// <summary>Midpoint of the base.</summary>
    public Vector3 GetBase() => (Points[4] + Points[7]) / 2;

    /// <summary>Direction the tip points in.</summary>
    public Vector3 GetDirection() => VectorMath.Normalize(GetTipPoint() - GetBase());
}
