using AnimLib.Geometry;
using AnimLib.Mobjects;

namespace AnimLib.Animations;

/// <summary>Grows a mobject from its own bounding-box centre (braces, brackets, equals signs).</summary>
public class GrowFromCenter : GrowFromPoint
{
    /// <summary>Creates the animation.</summary>
    public GrowFromCenter(Mobject mobject, Color? pointColor = null) : base(mobject, mobject.GetCenter(), pointColor)
    {
    }
}
