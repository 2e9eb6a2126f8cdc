using System.Numerics;
using AnimLib.Geometry;
using AnimLib.Mobjects;

namespace AnimLib.Animations;

/// <summary>Grows a mobject from the point of its bounding box in direction <c>edge</c> (e.g. <c>Down</c>: from the bottom edge centre).</summary>
public class GrowFromEdge : GrowFromPoint
{
    /// <summary>Creates the animation.</summary>
    public GrowFromEdge(Mobject mobject, Vector3 edge, Color? pointColor = null) : base(mobject, mobject.GetBoundingBoxPoint(edge), pointColor)
    {
    }
}
