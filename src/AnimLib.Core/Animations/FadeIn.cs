using System.Numerics;
using AnimLib.Mobjects;

namespace AnimLib.Animations;

/// <summary>Fades a mobject in from transparent, optionally sliding by <c>shift</c> and growing from <c>1/scale</c> of its size.</summary>
public class FadeIn : Transform
{
    private readonly Vector3 _shift;
    private readonly double _scale;

    /// <summary>Creates the animation.</summary>
    /// <param name="mobject">What appears.</param>
    /// <param name="shift">It arrives moving along this vector (starts at −shift).</param>
    /// <param name="scale">It starts at 1/scale of its size.</param>
    public FadeIn(Mobject mobject, Vector3? shift = null, double scale = 1) : base(mobject)
    {
        _shift = shift ?? Vector3.Zero;
        _scale = scale;
        Introducer = true;
    }

    /// <inheritdoc/>
    protected override Mobject CreateTarget() => Mobject.DeepCopy();

    /// <inheritdoc/>
    protected override Mobject CreateStartingMobject()
    {
        var start = Mobject.DeepCopy();
        start.SetOpacity(0);
        start.Scale(1.0 / _scale);
        start.Shift(-_shift);
        return start;
    }
}
