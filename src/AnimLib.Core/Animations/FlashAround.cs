using AnimLib.Geometry;
using AnimLib.Mobjects;

namespace AnimLib.Animations;

/// <summary>
/// A glint running once around a mobject: a <see cref="VShowPassingFlash"/> along a <see cref="SurroundingRectangle"/>
/// (subdivided into many curves so the pulse is smooth). Fixed in frame when the mobject is.
/// </summary>
public class FlashAround : VShowPassingFlash
{
    /// <summary>Creates the animation.</summary>
    /// <param name="mobject">What to flash around (not changed).</param>
    /// <param name="timeWidth">Width of the pulse as a fraction of the outline.</param>
    /// <param name="taperWidth">Taper at the outline's ends.</param>
    /// <param name="strokeWidth">Peak stroke width.</param>
    /// <param name="color">Colour of the glint (Yellow by default).</param>
    /// <param name="buff">Margin between the mobject and the outline.</param>
    /// <param name="nInsertedCurves">Curves added to the outline.</param>
    public FlashAround(Mobject mobject, double timeWidth = 1.0, double taperWidth = 0.0, double strokeWidth = 4.0, Color? color = null,
        double buff = Constants.SmallBuff, int nInsertedCurves = 100)
        : base(BuildPath(mobject, buff, strokeWidth, color ?? Palette.Yellow, nInsertedCurves), timeWidth, taperWidth)
    {
        Around = mobject;
    }

    /// <summary>The mobject flashed around.</summary>
    public Mobject Around { get; }

    private static VMobject BuildPath(Mobject mobject, double buff, double strokeWidth, Color color, int nInsertedCurves)
    {
        var path = new SurroundingRectangle(mobject, buff);
        if (mobject.IsFixedInFrame) path.FixInFrame();
        path.InsertNCurves(nInsertedCurves);
        path.SetStroke(color, strokeWidth);
        return path;
    }
}
