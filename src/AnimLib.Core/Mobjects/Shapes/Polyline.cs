using System.Numerics;

namespace AnimLib.Mobjects;

/// <summary>An open polyline through the given points.</summary>
public class Polyline : VMobject
{
    /// <summary>Creates a polyline.</summary>
    public Polyline(params Vector3[] vertices)
    {
        SetPointsAsCorners(vertices);
    }
}
