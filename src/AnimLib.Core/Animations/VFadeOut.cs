using AnimLib.Mobjects;

namespace AnimLib.Animations;

/// <summary>The reverse of <see cref="VFadeIn"/>: stroke and fill fade to transparent, then the mobject is removed with its opacities restored.</summary>
public class VFadeOut : VFadeIn
{
    /// <summary>Creates the animation.</summary>
    public VFadeOut(Mobject mobject) : base(mobject)
    {
        Introducer = false;
        Remover = true;
        FinalAlphaValue = 0;
    }

    /// <inheritdoc/>
    protected override void InterpolateSubmobject(Mobject[] members, double subAlpha) => SetOpacityFraction(members, 1 - subAlpha);
}
