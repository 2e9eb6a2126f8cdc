using System.Numerics;
using AnimLib.Geometry;

namespace AnimLib.Mobjects;

/// <summary>A ring: the outer circle counter-clockwise and the inner one clockwise, so the winding fill leaves a hole.</summary>
public class Annulus : VMobject
{
    /// <summary>Creates a ring (filled white, no stroke, by default).</summary>
    public Annulus(double innerRadius = 1, double outerRadius = 2, Color? color = null, double fillOpacity = 1, Vector3? center = null)
    {
        var c = center ?? Vector3.Zero;
        var outer = Bezier.Arc(0, Math.Tau, 8);
        var inner = Bezier.Arc(0, -Math.Tau, 8);
        for (int i = 0; i < outer.Length; i++) outer[i] = outer[i] * (float)outerRadius + c;
        for (int i = 0; i < inner.Length; i++) inner[i] = inner[i] * (float)innerRadius + c;
        Points = [.. outer, .. inner];
        FillColor = color ?? Palette.White;
        FillOpacity = fillOpacity;
        StrokeWidth = 0;
    }
}
