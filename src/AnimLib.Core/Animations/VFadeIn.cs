using AnimLib.Mobjects;

namespace AnimLib.Animations;

/// <summary>
/// Fades the stroke and fill of each vector family member from transparent up to the opacity it had when the animation
/// began; geometry is untouched and updaters keep running.
/// </summary>
public class VFadeIn : Animation
{
    /// <summary>Creates the animation.</summary>
    public VFadeIn(Mobject mobject) : base(mobject)
    {
        SuspendMobjectUpdating = false;
        Introducer = true;
    }

    /// <summary>Sets the member's opacities to <paramref name="fraction"/> of the start copy's.</summary>
    protected static void SetOpacityFraction(Mobject[] members, double fraction)
    {
        if (members[0] is not VMobject v || members[1] is not VMobject start) return;
        v.StrokeOpacity = start.StrokeOpacity * fraction;
        v.FillOpacity = start.FillOpacity * fraction;
    }

    /// <inheritdoc/>
    protected override void InterpolateSubmobject(Mobject[] members, double subAlpha) => SetOpacityFraction(members, subAlpha);
}
