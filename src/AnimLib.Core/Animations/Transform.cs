using System.Numerics;
using AnimLib.Geometry;
using AnimLib.Mobjects;

namespace AnimLib.Animations;

/// <summary>
/// Morphs a mobject into (a copy of) a target: the families are aligned (extra pieces added, point counts matched),
/// then points move along the path function while every style value interpolates linearly. The target itself is never
/// added to the scene; the mobject ends up looking exactly like it.
/// </summary>
public class Transform : Animation
{
    /// <summary>Creates a transform of <paramref name="mobject"/> into <paramref name="target"/>.</summary>
    /// <param name="mobject">The mobject that changes.</param>
    /// <param name="target">What it becomes (not modified; a copy is used).</param>
    /// <param name="pathArc">Points travel on circular arcs of this angle (radians); 0 is straight.</param>
    /// <param name="pathArcAxis">Axis of those arcs (Out by default).</param>
    public Transform(Mobject mobject, Mobject? target = null, double pathArc = 0, Vector3? pathArcAxis = null) : base(mobject)
    {
        TargetMobject = target;
        PathArc = pathArc;
        PathArcAxis = pathArcAxis ?? Directions.Out;
    }

    /// <summary>What the mobject becomes (may be null for subclasses that build the target in <see cref="CreateTarget"/>).</summary>
    public Mobject? TargetMobject { get; protected set; }

    /// <summary>Arc angle in radians of the points' paths.</summary>
    public double PathArc { get; set; }

    /// <summary>Axis of the arcs.</summary>
    public Vector3 PathArcAxis { get; set; }

    /// <summary>The aligned copy of the target used for interpolation.</summary>
    protected Mobject? TargetCopy { get; private set; }

    private PathFunc _path = PathFunctions.Straight;

    /// <summary>The end state; by default a copy of <see cref="TargetMobject"/>.</summary>
    protected virtual Mobject CreateTarget() =>
        (TargetMobject ?? throw new InvalidOperationException($"{GetType().Name} has no target mobject.")).DeepCopy();

    /// <inheritdoc/>
    public override void Begin()
    {
        _path = PathFunctions.Arc(PathArc, PathArcAxis);
        TargetCopy = CreateTarget();
        Alignment.AlignFamilies(Mobject, TargetCopy);
        base.Begin();
    }

    /// <inheritdoc/>
    public override IEnumerable<Mobject> GetAllMobjects() =>
        TargetCopy is null ? base.GetAllMobjects() : [Mobject, StartingMobject!, TargetCopy];

    /// <inheritdoc/>
    protected override void InterpolateSubmobject(Mobject[] members, double subAlpha) =>
        members[0].InterpolateFrom(members[1], members[2], subAlpha, _path);
}
