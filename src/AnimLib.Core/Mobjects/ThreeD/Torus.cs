using AnimLib.Geometry;

namespace AnimLib.Mobjects;

/// <summary>A torus around the z axis (major radius <c>r1</c>, tube radius <c>r2</c>).</summary>
public class Torus : Surface
{
    /// <summary>Creates the torus centred at the origin.</summary>
    public Torus(double r1 = 3.0, double r2 = 1.0, Color? color = null, double opacity = 1, (int U, int V)? resolution = null)
        : base((u, v) => VectorMath.Vec((r1 + r2 * Math.Cos(v)) * Math.Cos(u), (r1 + r2 * Math.Cos(v)) * Math.Sin(u), r2 * Math.Sin(v)),
            (0, Constants.Tau), (0, Constants.Tau), resolution ?? (48, 24), color ?? Palette.Blue, opacity)
    {
    }
}
