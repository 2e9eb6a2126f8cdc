using System.Numerics;
using AnimLib.Mobjects;

namespace AnimLib.Animations;

/// <summary>Fades a mobject out while it shrinks into <c>point</c> (a <see cref="FadeOut"/> to zero size at that point); then removes it.</summary>
public class FadeOutToPoint : FadeOut
{
    /// <summary>Creates the animation.</summary>
    public FadeOutToPoint(Mobject mobject, Vector3 point) : base(mobject, point - mobject.GetCenter(), 0)
    {
    }
}
