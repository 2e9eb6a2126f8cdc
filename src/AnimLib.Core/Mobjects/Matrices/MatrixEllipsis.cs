using System.Numerics;
using AnimLib.Geometry;

namespace AnimLib.Mobjects;

/// <summary>Three dots in a row or a column: the "⋯" / "⋮" that stands for elided matrix entries.</summary>
public class MatrixEllipsis : VGroup
{
    /// <summary>Creates dots spanning <paramref name="length"/> along <paramref name="direction"/> (Down for ⋮, Right for ⋯).</summary>
    public MatrixEllipsis(double length, Vector3 direction, Color? color = null)
    {
        double radius = Math.Max(length / 14, 0.012);
        var unit = VectorMath.Normalize(direction, Directions.Right);
        for (int i = 0; i < 3; i++)
        {
            var p = unit * (float)((i - 1) * (length / 2 - radius));
            this.Add(new Dot(p, radius, color ?? Palette.White));
        }
    }
}
