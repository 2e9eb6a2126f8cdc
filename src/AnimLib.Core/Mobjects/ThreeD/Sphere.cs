using AnimLib.Geometry;

namespace AnimLib.Mobjects;

/// <summary>A sphere surface (default radius 1, BLUE) with outward normals, sampled 48 × 24 by default.</summary>
public class Sphere : Surface
{
    /// <summary>Creates the sphere centred at the origin.</summary>
    public Sphere(double radius = 1.0, Color? color = null, double opacity = 1, (int U, int V)? resolution = null, Shading? shading = null)
        : base((u, v) => VectorMath.Vec(radius * Math.Cos(u) * Math.Sin(v), radius * Math.Sin(u) * Math.Sin(v), -radius * Math.Cos(v)),
            (0, Constants.Tau), (0, Math.PI), resolution ?? (48, 24), color ?? Palette.Blue, opacity, shading)
    {
        Radius = radius;
    }

    /// <summary>The radius it was built with.</summary>
    public double Radius { get; }
}
