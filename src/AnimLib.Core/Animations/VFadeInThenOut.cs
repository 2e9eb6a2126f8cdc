using AnimLib.Geometry;
using AnimLib.Mobjects;

namespace AnimLib.Animations;

/// <summary>
/// Fades in and back out within its run time (rate function <see cref="RateFunctions.ThereAndBack"/>), then removes the
/// mobject with its opacities restored.
/// </summary>
public class VFadeInThenOut : VFadeIn
{
    /// <summary>Creates the animation.</summary>
    public VFadeInThenOut(Mobject mobject) : base(mobject)
    {
        RateFunc = RateFunctions.ThereAndBack;
        Remover = true;
        // ThereAndBack peaks at 0.5, so finishing there leaves the original opacities for a later re-add.
        FinalAlphaValue = 0.5;
    }
}
