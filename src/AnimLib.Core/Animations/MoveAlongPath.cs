namespace AnimLib.Animations;

/// <summary>Moves a mobject's centre along a path: at progress alpha it sits at <c>path.PointFromProportion(rate(alpha))</c>.</summary>
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
    protected override void InterpolateMobject(double alpha) => Mobject.MoveTo(Path.PointFromProportion(RateFunc(alpha)));
}
