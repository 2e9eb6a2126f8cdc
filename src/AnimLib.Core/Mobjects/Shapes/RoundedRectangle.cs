namespace AnimLib.Mobjects;

/// <summary>A rectangle whose corners are rounded with <c>cornerRadius</c>.</summary>
public class RoundedRectangle : Rectangle
{
    /// <summary>Creates the rectangle.</summary>
    public RoundedRectangle(double width = 4.0, double height = 2.0, double cornerRadius = 0.5) : base(width, height)
    {
        RoundCorners(cornerRadius);
    }
}
