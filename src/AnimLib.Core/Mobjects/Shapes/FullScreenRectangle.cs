using AnimLib.Geometry;

namespace AnimLib.Mobjects;

/// <summary>A rectangle filling the default frame (grey fill, no stroke): a backdrop.</summary>
public class FullScreenRectangle : Rectangle
{
    /// <summary>Creates the rectangle.</summary>
    public FullScreenRectangle(double height = Constants.FrameHeight, Color? fillColor = null, double fillOpacity = 1)
        : base(height * 16 / 9, height)
    {
        FillColor = fillColor ?? Palette.GreyE;
        FillOpacity = fillOpacity;
        StrokeWidth = 0;
    }
}
