using System.Numerics;
using AnimLib.Mobjects;

namespace AnimLib.Animations;

/// <summary>A <see cref="Transform"/> after which the scene holds the target instead of the original mobject.</summary>
public class ReplacementTransform : Transform
{
    /// <summary>Creates the animation.</summary>
    public ReplacementTransform(Mobject mobject, Mobject target, double pathArc = 0, Vector3? pathArcAxis = null)
        : base(mobject, target, pathArc, pathArcAxis)
    {
    }

    /// <inheritdoc/>
    public override void CleanUpFromScene(IStage scene)
    {
        base.CleanUpFromScene(scene);
        // As in ManimGL the target is added last, so it is drawn on top afterwards.
        scene.Remove(Mobject);
        scene.Add(TargetMobject!);
    }
}
