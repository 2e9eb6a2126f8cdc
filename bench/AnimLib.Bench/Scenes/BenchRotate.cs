using System.Numerics;

namespace AnimLib.Bench.Scenes;

/// <summary>
/// Rotates a mobject by an angle about its centre, sweeping (not cutting across) like Manim CE's <c>Rotate</c>:
/// every frame starts again from the start state and rotates by rate_func(alpha)·angle.
/// </summary>
public sealed class BenchRotate : Animation
{
    private readonly double _angle;
    private Vector3 _center;
    private List<Mobject[]>? _families;

    /// <summary>Rotates <paramref name="mobject"/> by <paramref name="angle"/> radians (counter-clockwise) about its centre.</summary>
    public BenchRotate(Mobject mobject, double angle) : base(mobject)
    {
        _angle = angle;
    }

    /// <inheritdoc/>
    public override void Begin()
    {
        _center = Mobject.GetCenter();
        base.Begin();
    }

    /// <inheritdoc/>
    protected override void InterpolateMobject(double alpha)
    {
        // Copy the start state member by member (cheaper than Become, which deep-copies the source first).
        _families ??= GetAllFamiliesZipped();
        foreach (var members in _families) members[0].InterpolateFrom(members[1], members[1], 1, PathFunctions.Straight);
        Mobject.Rotate(RateFunc(alpha) * _angle, aboutPoint: _center);
    }
}
