using AnimLib.Geometry;

namespace AnimLib.Mobjects;

/// <summary>A square of side <c>sideLength</c> (2 by default).</summary>
public class Square : Rectangle
{
    /// <summary>Creates a square.</summary>
    public Square(double sideLength = 2.0, Color? color = null, double? fillOpacity = null, double? strokeWidth = null)
        : base(sideLength, sideLength, color, fillOpacity, strokeWidth)
    {
    }
}
