using AnimLib.Geometry;

namespace AnimLib.Mobjects;

/// <summary>A regular n-gon inscribed in a circle of <c>radius</c>; even counts have a flat top, odd counts a vertex on top.</summary>
public class RegularPolygon : Polygon
{
    /// <summary>Creates the polygon.</summary>
    public RegularPolygon(int n = 6, double radius = 1, double? startAngle = null)
        : base(Vertices(n, radius, startAngle))
    {
    }

    private static System.Numerics.Vector3[] Vertices(int n, double radius, double? startAngle)
    {
        if (n < 3) throw new ArgumentOutOfRangeException(nameof(n), n, "A regular polygon needs at least 3 sides.");
        double start = startAngle ?? (n % 2 == 0 ? Math.PI / 2 - Math.PI / n : Math.PI / 2);
        return Enumerable.Range(0, n).Select(i => VectorMath.UnitAt(start + Math.Tau * i / n) * (float)radius).ToArray();
    }
}
