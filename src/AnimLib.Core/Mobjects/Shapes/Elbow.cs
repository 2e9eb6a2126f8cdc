using System.Numerics;

namespace AnimLib.Mobjects;

/// <summary>A right-angle marker: the polyline Up → UR → Right scaled to <c>width</c> about the origin, then rotated by <c>angle</c>.</summary>
public class Elbow : VMobject
{
    /// <summary>Creates the marker.</summary>
    public Elbow(double width = 0.2, double angle = 0)
    {
        float w = (float)width;
        SetPointsAsCorners([new(0, w, 0), new(w, w, 0), new(w, 0, 0)]);
        this.Rotate(angle, aboutPoint: Vector3.Zero);
    }
}
