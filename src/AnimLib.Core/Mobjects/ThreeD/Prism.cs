using AnimLib.Geometry;

namespace AnimLib.Mobjects;

/// <summary>A box of the given width, height and depth: a <see cref="Cube"/> stretched along each axis.</summary>
public class Prism : Cube
{
    /// <summary>Creates the box centred at the origin.</summary>
    public Prism(double width = 3.0, double height = 2.0, double depth = 1.0, Color? color = null, double opacity = 1, Shading? shading = null)
        : base(2.0, color, opacity, shading)
    {
        this.Stretch(width / 2, 0).Stretch(height / 2, 1).Stretch(depth / 2, 2);
    }
}
