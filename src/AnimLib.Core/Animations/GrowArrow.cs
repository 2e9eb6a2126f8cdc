using AnimLib.Geometry;
using AnimLib.Mobjects;

namespace AnimLib.Animations;

/// <summary>Grows an arrow (or line) out of its start point.</summary>
public class GrowArrow : GrowFromPoint
{
    /// <summary>Creates the animation.</summary>
    public GrowArrow(Mobject arrow, Color? pointColor = null) : base(arrow, arrow.GetStart(), pointColor)
    {
    }
}
