using AnimLib.Mobjects;

namespace AnimLib.Animations;

/// <summary>
/// Draws each path from its start to its end (a surface grows along its v range, a dot cloud dot after dot). With the
/// default lag ratio 1 the family members are drawn one after another (group nodes take a slot too).
/// </summary>
public class ShowCreation : Animation
{
    /// <summary>Creates the animation.</summary>
    public ShowCreation(Mobject mobject, double lagRatio = 1.0) : base(mobject)
    {
        LagRatio = lagRatio;
        Introducer = true;
    }

    /// <inheritdoc/>
    protected override void InterpolateSubmobject(Mobject[] members, double subAlpha)
    {
        if (members[0] is VMobject v && members[1] is VMobject start)
            v.PointwiseBecomePartial(start, 0, subAlpha);
        else if (members[0] is DotCloud cloud && members[1] is DotCloud startCloud)
            cloud.PointwiseBecomePartial(startCloud, 0, subAlpha);
        else if (members[0] is Surface surface && members[1] is Surface startSurface)
            surface.PointwiseBecomePartial(startSurface, 0, subAlpha);
        else if (members[0].HasPoints)
            throw new NotSupportedException($"ShowCreation of a {members[0].GetType().Name} is not supported: it needs vector paths.");
    }
}
