namespace AnimLib.Mobjects;

/// <summary>An equilateral triangle pointing up.</summary>
public class Triangle : RegularPolygon
{
    /// <summary>Creates the triangle inscribed in a circle of <paramref name="radius"/>.</summary>
    public Triangle(double radius = 1) : base(3, radius)
    {
    }
}
