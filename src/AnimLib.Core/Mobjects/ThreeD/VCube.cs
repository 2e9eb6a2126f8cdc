using AnimLib.Geometry;

namespace AnimLib.Mobjects;

/// <summary>
/// A cube of six filled vector squares (BLUE_D, opaque, no stroke, side 2) in the same face order as <see cref="Cube"/>,
/// depth tested and shaded (0.2, 0.2, 0.2).
/// </summary>
public class VCube : VGroup
{
    /// <summary>Creates the cube centred at the origin.</summary>
    public VCube(double sideLength = 2.0, Color? fillColor = null, double fillOpacity = 1, double strokeWidth = 0)
        : base(Cube.Faces<VMobject>(new Square(sideLength).SetFill(fillColor ?? Palette.BlueD, fillOpacity).SetStroke(fillColor ?? Palette.BlueD, strokeWidth), sideLength))
    {
        this.SetShading(0.2, 0.2, 0.2).ApplyDepthTest();
    }
}
