using System.Numerics;
using AnimLib.Geometry;

namespace AnimLib.Mobjects;

/// <summary>A circle: red stroke of width 4 and no fill by default.</summary>
public class Circle : Arc
{
    /// <summary>Creates a circle of <paramref name="radius"/> at <paramref name="arcCenter"/> (origin by default).</summary>
    public Circle(double radius = 1.0, Color? color = null, double? fillOpacity = null, double? strokeWidth = null, Vector3? arcCenter = null,
        double startAngle = 0, int nComponents = 8)
        : base(startAngle, Math.Tau, radius, nComponents, arcCenter)
    {
        StrokeColor = color ?? Palette.Red;
        FillColor = color ?? Palette.Red;
        if (fillOpacity is double f) FillOpacity = f;
        if (strokeWidth is double w) StrokeWidth = w;
    }

    /// <summary>The point of the circle at <paramref name="angle"/> radians from +x.</summary>
    public Vector3 PointAtAngle(double angle)
    {
        var center = GetCenter();
        float rx = (float)GetWidth() / 2, ry = (float)GetHeight() / 2;
        return center + new Vector3(rx * (float)Math.Cos(angle), ry * (float)Math.Sin(angle), 0);
    }
}
