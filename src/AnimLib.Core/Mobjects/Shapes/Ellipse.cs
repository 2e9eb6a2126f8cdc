using AnimLib.Geometry;

namespace AnimLib.Mobjects;

/// <summary>An ellipse of the given width and height, centred at the origin.</summary>
public class Ellipse : Circle
{
    /// <summary>Creates an ellipse.</summary>
    public Ellipse(double width = 2, double height = 1, Color? color = null)
        : base(color: color)
    {
        this.SetWidth(width, stretch: true);
        this.SetHeight(height, stretch: true);
    }
}
