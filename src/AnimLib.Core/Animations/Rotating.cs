using System.Numerics;
using AnimLib.Geometry;
using AnimLib.Mobjects;

namespace AnimLib.Animations;

/// <summary>
/// Turns a mobject by <c>angle</c> about <c>axis</c>: every frame the mobject is reset to its start state and rotated by
/// rate(alpha)·angle. With neither <c>aboutPoint</c> nor <c>aboutEdge</c> the pivot is the world origin. Default run time
/// 5 s, linear; updaters keep running.
/// </summary>
public class Rotating : Animation
{
    /// <summary>Creates the animation.</summary>
    public Rotating(Mobject mobject, double angle = 2 * Math.PI, Vector3? axis = null, Vector3? aboutPoint = null, Vector3? aboutEdge = null)
        : base(mobject)
    {
        Angle = angle;
        Axis = axis ?? Directions.Out;
        AboutPoint = aboutPoint;
        AboutEdge = aboutEdge;
        RunTime = 5;
        RateFunc = RateFunctions.Linear;
        SuspendMobjectUpdating = false;
    }

    /// <summary>Total angle in radians.</summary>
    public double Angle { get; }

    /// <summary>Rotation axis.</summary>
    public Vector3 Axis { get; }

    /// <summary>Fixed pivot, if any.</summary>
    public Vector3? AboutPoint { get; }

    /// <summary>Pivot as a bounding-box direction (evaluated on the start state each frame), if any.</summary>
    public Vector3? AboutEdge { get; }

    /// <inheritdoc/>
    protected override void InterpolateMobject(double alpha)
    {
        var start = StartingMobject!;
        foreach (var members in GetAllFamiliesZipped())
            members[0].InterpolateFrom(members[1], members[1], 1, PathFunctions.Straight);
        var pivot = AboutPoint ?? (AboutEdge is { } edge ? start.GetBoundingBoxPoint(edge) : Vector3.Zero);
        Mobject.Rotate(RateFunc(alpha) * Angle, Axis, aboutPoint: pivot);
    }
}
