using static AnimLib.Directions;

namespace AnimLib.Scenes.Mlp;

/// <summary>Two vectors from the origin with the angle between them marked by an arc and a degree label.</summary>
public static class VectorPair
{
    /// <summary>
    /// Returns <c>VGroup(v1, v2, arc, label)</c>: v1 along +x with length <paramref name="length"/>, v2 rotated by the angle,
    /// a small white arc between them and the angle in whole degrees (truncated) just outside the arc's middle.
    /// </summary>
    public static VGroup GetVectorPair(double angleInDegrees = 90, double length = 1.0, Color? color1 = null, Color? color2 = null)
    {
        var v1 = new Vector(Right * (float)length);
        var v2 = v1.Copy().Rotate(angleInDegrees * Constants.Degrees, aboutPoint: System.Numerics.Vector3.Zero);
        v1.SetColor(color1 ?? Palette.Blue);
        v2.SetColor(color2 ?? Palette.Blue);
        var arc = new Arc(radius: 0.2, angle: angleInDegrees * Constants.Degrees).SetStroke(Palette.White, 2);
        var label = new Tex(@"180^\circ", fontSize: 24);
        var number = label.MakeNumberChangeable("180");
        number.SetValue(angleInDegrees);
        var middle = arc.PointFromProportion(0.5);
        var direction = middle.LengthSquared() > 1e-12 ? System.Numerics.Vector3.Normalize(middle) : Right;
        label.NextTo(middle, direction, buff: 0.1);
        return new VGroup(v1, v2, arc, label);
    }
}
