using AnimLib.Geometry;

namespace AnimLib.Mobjects;

/// <summary>An arrow from the origin to <c>direction</c> (no buff).</summary>
public class Vector : Arrow
{
    /// <summary>Creates the vector.</summary>
    public Vector(System.Numerics.Vector3? direction = null, double buff = 0, double thickness = 3.0, Color? fillColor = null)
        : base(System.Numerics.Vector3.Zero, direction ?? Directions.Right, buff, thickness: thickness, fillColor: fillColor)
    {
    }
}
