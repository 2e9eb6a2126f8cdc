using AnimLib.Geometry;
using AnimLib.Mobjects;

namespace AnimLib.Animations;

/// <summary>
/// Moves a mobject's centre along a path: at progress alpha it sits at proportion rate(alpha) of the path, counted in
/// curves rather than arc length (ManimGL's <c>quick_point_from_proportion</c>: curve ⌊a·n⌋ at its local parameter).
/// </summary>
public class MoveAlongPath : Animation
{
    /// <summary>Creates the animation.</summary>
    public MoveAlongPath(Mobject mobject, VMobject path) : base(mobject)
    {
        Path = path ?? throw new ArgumentNullException(nameof(path));
        SuspendMobjectUpdating = false;
    }

    /// <summary>The path followed (not changed, not added to the scene).</summary>
    public VMobject Path { get; }

    /// <inheritdoc/>
    protected override void InterpolateMobject(double alpha) => Mobject.MoveTo(QuickPointFromProportion(Path, RateFunc(alpha)));

    /// <summary>The point at proportion <paramref name="alpha"/> of <paramref name="path"/>'s curves (its own, or its first member's with points).</summary>
    public static System.Numerics.Vector3 QuickPointFromProportion(VMobject path, double alpha)
    {
        var owner = path.HasPoints ? path : path.GetFamily().OfType<VMobject>().FirstOrDefault(m => m.CurveCount > 0)
            ?? throw new InvalidOperationException($"MoveAlongPath along a {path.GetType().Name} without points.");
        int n = owner.CurveCount;
        double value = Math.Clamp(alpha, 0, 1) * n;
        int index = Math.Min((int)Math.Floor(value), n - 1);
        return Bezier.Evaluate(owner.GetNthCurvePoints(index), value - index);
    }
}
