using System.Numerics;
using AnimLib.Mobjects;

namespace AnimLib.Animations;

/// <summary>
/// Deforms a mobject continuously: at progress t every point p of the start state is drawn at <c>homotopy(p, t)</c>
/// (absolute coordinates). Applied per family member with the rate function and lag ratio; default run time 3 s.
/// </summary>
public class Homotopy : Animation
{
    private readonly Func<Vector3, double, Vector3> _homotopy;

    /// <summary>Creates the animation.</summary>
    /// <param name="homotopy">Maps (point, t ∈ [0, 1]) to the point's position at t; at t = 0 it is usually the identity.</param>
    /// <param name="mobject">What deforms.</param>
    public Homotopy(Func<Vector3, double, Vector3> homotopy, Mobject mobject) : base(mobject)
    {
        _homotopy = homotopy ?? throw new ArgumentNullException(nameof(homotopy));
        RunTime = 3;
    }

    /// <inheritdoc/>
    protected override void InterpolateSubmobject(Mobject[] members, double subAlpha)
    {
        var target = members[0];
        var source = members[1].Points;
        if (target.Points.Length != source.Length) target.Points = new Vector3[source.Length];
        var pts = target.Points;
        for (int i = 0; i < source.Length; i++) pts[i] = _homotopy(source[i], subAlpha);
    }
}
