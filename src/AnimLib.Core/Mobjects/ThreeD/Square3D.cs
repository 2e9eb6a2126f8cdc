using AnimLib.Geometry;

namespace AnimLib.Mobjects;

/// <summary>A flat square surface in the xy plane (normal Out) of side <c>sideLength</c>, as a parametric <see cref="Surface"/>.</summary>
public class Square3D : Surface
{
    /// <summary>Creates the square, sampled on a <paramref name="resolution"/> grid (2 × 2: one quad).</summary>
    public Square3D(double sideLength = 2.0, Color? color = null, double opacity = 1, (int U, int V)? resolution = null, Shading? shading = null)
        : base((u, v) => VectorMath.Vec(u * sideLength / 2, v * sideLength / 2, 0), (-1, 1), (-1, 1), resolution ?? (2, 2), color, opacity, shading)
    {
    }
}
