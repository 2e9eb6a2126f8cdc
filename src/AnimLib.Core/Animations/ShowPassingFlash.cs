using AnimLib.Geometry;
using AnimLib.Mobjects;

namespace AnimLib.Animations;

/// <summary>
/// Shows a window of the path, <c>timeWidth</c> long (as a fraction of the path), sliding from before the start to past
/// the end; the mobject is removed at the end with its full path restored.
/// </summary>
public class ShowPassingFlash : Animation
{
    /// <summary>Creates the animation.</summary>
    /// <param name="mobject">The path (or group of paths) to flash along.</param>
    /// <param name="timeWidth">Length of the visible window as a fraction of the path.</param>
    public ShowPassingFlash(Mobject mobject, double timeWidth = 0.1) : base(mobject)
    {
        TimeWidth = timeWidth;
        Remover = true;
        Introducer = true;
    }

    /// <summary>Length of the visible window as a fraction of the path.</summary>
    public double TimeWidth { get; }

    /// <summary>The visible part (lower, upper) of the path at progress <paramref name="alpha"/>.</summary>
    public (double Lower, double Upper) GetBounds(double alpha)
    {
        double upper = VectorMath.Lerp(0, 1 + TimeWidth, alpha);
        double lower = upper - TimeWidth;
        return (Math.Max(lower, 0), Math.Min(upper, 1));
    }

    /// <inheritdoc/>
    protected override void InterpolateSubmobject(Mobject[] members, double subAlpha)
    {
        if (members[0] is VMobject v && members[1] is VMobject start)
        {
            var (lower, upper) = GetBounds(subAlpha);
            v.PointwiseBecomePartial(start, lower, upper);
        }
        else if (members[0].HasPoints)
        {
            throw new NotSupportedException($"ShowPassingFlash of a {members[0].GetType().Name} is not supported: it needs vector paths.");
        }
    }

    /// <summary>Shows the end state, then gives every member its whole path back (the mobject is removed anyway).</summary>
    public override void Finish()
    {
        base.Finish();
        foreach (var members in GetAllFamiliesZipped())
            if (members[0] is VMobject v && members[1] is VMobject start) v.PointwiseBecomePartial(start, 0, 1);
    }
}
