using System.Numerics;

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
    public override void CleanUpFromScene(Scene scene)
    {
        base.CleanUpFromScene(scene);
        // As in ManimGL the target is added last, so it is drawn on top afterwards.
        scene.Remove(Mobject);
        scene.Add(TargetMobject!);
    }
}

/// <summary>Transforms a copy of the mobject into the target (the original stays); the scene then holds the target.</summary>
public class TransformFromCopy : ReplacementTransform
{
    /// <summary>Creates the animation.</summary>
    public TransformFromCopy(Mobject mobject, Mobject target, double pathArc = 0, Vector3? pathArcAxis = null)
        : base(mobject.DeepCopy(), target, pathArc, pathArcAxis)
    {
    }
}

/// <summary>Transforms a mobject into the target built by <c>GenerateTarget()</c> or <c>Animate()</c>.</summary>
public class MoveToTarget : Transform
{
    /// <summary>Animates <paramref name="mobject"/> to its <see cref="Mobject.Target"/>.</summary>
    /// <exception cref="InvalidOperationException">GenerateTarget() was not called.</exception>
    public MoveToTarget(Mobject mobject, double pathArc = 0)
        : this(mobject, mobject.Target ?? throw new InvalidOperationException(
            $"MoveToTarget on a {mobject.GetType().Name} without a target: call GenerateTarget() and edit the target first."), pathArc)
    {
    }

    internal MoveToTarget(Mobject mobject, Mobject target, double pathArc) : base(mobject, target, pathArc)
    {
    }
}

/// <summary>Transforms a mobject back to its saved state (see <c>SaveState()</c>).</summary>
public class Restore : Transform
{
    /// <summary>Creates the animation.</summary>
    /// <exception cref="InvalidOperationException">SaveState() was not called.</exception>
    public Restore(Mobject mobject, double pathArc = 0)
        : base(mobject, mobject.SavedState ?? throw new InvalidOperationException(
            $"Restore on a {mobject.GetType().Name} without a saved state: call SaveState() first."), pathArc)
    {
    }
}
