using AnimLib.Mobjects;

namespace AnimLib.Animations;

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
