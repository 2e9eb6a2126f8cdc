using System.Numerics;
using AnimLib.Geometry;

namespace AnimLib.Mobjects;

/// <summary>An axis-aligned rectangle centred at the origin, traced from the upper-right corner counter-clockwise.</summary>
public class Rectangle : Polygon
{
    /// <summary>Creates a rectangle.</summary>
    public Rectangle(double width = 4.0, double height = 2.0, Color? color = null, double? fillOpacity = null, double? strokeWidth = null)
        : base(Corners(width, height))
    {
        if (color is Color c) this.SetColor(c);
        if (fillOpacity is double f) FillOpacity = f;
        if (strokeWidth is double w) StrokeWidth = w;
    }

    private static Vector3[] Corners(double width, double height)
    {
        float w = (float)width / 2, h = (float)height / 2;
        return [new(w, h, 0), new(-w, h, 0), new(-w, -h, 0), new(w, -h, 0)];
    }

    /// <summary>Margin used by <c>Surround</c> when none is given.</summary>
    protected virtual double DefaultSurroundBuff => Constants.SmallBuff;

    /// <summary>Sets width and height to the target's plus twice the buff, and centres on it.</summary>
    protected internal override void SurroundCore(Mobject target, int dimToMatch, bool stretch, double? buff)
    {
        double b = buff ?? DefaultSurroundBuff;
        this.SetWidth(Math.Max(target.GetWidth() + 2 * b, 1e-6), stretch: true);
        this.SetHeight(Math.Max(target.GetHeight() + 2 * b, 1e-6), stretch: true);
        this.MoveTo(target.GetCenter());
    }
}
