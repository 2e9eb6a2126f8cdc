using System.Numerics;
using AnimLib.Geometry;
using AnimLib.Mobjects;

namespace AnimLib.Animations;

/// <summary>
/// A <see cref="Rotating"/> with the defaults of a one-off turn: half a turn, 1 s, smooth, about the mobject's
/// bounding-box centre unless <c>aboutPoint</c> or <c>aboutEdge</c> is given.
/// </summary>
public class Rotate : Rotating
{
    /// <summary>Creates the animation.</summary>
    public Rotate(Mobject mobject, double angle = Math.PI, Vector3? axis = null, Vector3? aboutPoint = null, Vector3? aboutEdge = null)
        : base(mobject, angle, axis, aboutPoint, aboutPoint is null ? aboutEdge ?? Vector3.Zero : null)
    {
        RunTime = 1;
        RateFunc = RateFunctions.Smooth;
    }
}
