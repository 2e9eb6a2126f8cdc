using System.Numerics;

namespace AnimLib.Mobjects;

/// <summary>An invisible point: an anchor to animate or a degenerate start shape.</summary>
public class VectorizedPoint : VMobject
{
    /// <summary>Creates the point at <paramref name="location"/>.</summary>
    public VectorizedPoint(Vector3? location = null)
    {
        var p = location ?? Vector3.Zero;
        Points = [p, p, p, p];
        FillColor = StrokeColor = Palette.Black;
        FillOpacity = 0;
        StrokeWidth = 0;
    }

    /// <summary>Where the point is.</summary>
    public Vector3 GetLocation() => Points.Length > 0 ? Points[0] : GetCenter();
}
