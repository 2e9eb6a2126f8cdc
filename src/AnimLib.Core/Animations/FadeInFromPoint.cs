using System.Numerics;
using AnimLib.Mobjects;

namespace AnimLib.Animations;

/// <summary>Fades a mobject in while it grows out of <c>point</c> (a <see cref="FadeIn"/> from zero size at that point).</summary>
public class FadeInFromPoint : FadeIn
{
    /// <summary>Creates the animation.</summary>
    public FadeInFromPoint(Mobject mobject, Vector3 point) : base(mobject, mobject.GetCenter() - point, double.PositiveInfinity)
    {
    }
}
