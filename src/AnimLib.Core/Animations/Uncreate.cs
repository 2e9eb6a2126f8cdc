using AnimLib.Geometry;
using AnimLib.Mobjects;

namespace AnimLib.Animations;

/// <summary>The reverse of <see cref="ShowCreation"/>: the paths are erased from their ends, then the mobject is removed.</summary>
public class Uncreate : ShowCreation
{
    /// <summary>Creates the animation.</summary>
    public Uncreate(Mobject mobject, double lagRatio = 1.0) : base(mobject, lagRatio)
    {
        Introducer = false;
        Remover = true;
        RateFunc = t => 1 - RateFunctions.Smooth(t);
    }

    /// <inheritdoc/>
    public override void CleanUpFromScene(IStage scene)
    {
        base.CleanUpFromScene(scene);
        // Leave the mobject whole (though off screen) so it can be shown again.
        if (StartingMobject is not null) Mobject.BecomeCore(StartingMobject);
    }
}
