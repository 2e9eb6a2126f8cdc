using AnimLib.Geometry;

namespace AnimLib.Mobjects;

/// <summary>A translucent rectangle behind a mobject (black at 75 % by default, no stroke, no margin).</summary>
public class BackgroundRectangle : SurroundingRectangle
{
    /// <summary>Creates the background for <paramref name="mobject"/>.</summary>
    public BackgroundRectangle(Mobject mobject, Color? color = null, double fillOpacity = 0.75, double buff = 0)
        : base(mobject, buff, color ?? Palette.Black, 0)
    {
        FillOpacity = fillOpacity;
    }
}
