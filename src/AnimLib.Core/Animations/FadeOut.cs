using System.Numerics;
using AnimLib.Mobjects;

namespace AnimLib.Animations;

/// <summary>
/// Fades a mobject out (optionally sliding by <c>shift</c> and scaling by <c>scale</c>), removes it, and leaves it
/// restored to its original look so it can be shown again later.
/// </summary>
public class FadeOut : Transform
{
    private readonly Vector3 _shift;
    private readonly double _scale;

    /// <summary>Creates the animation.</summary>
    public FadeOut(Mobject mobject, Vector3? shift = null, double scale = 1) : base(mobject)
    {
        _shift = shift ?? Vector3.Zero;
        _scale = scale;
        Remover = true;
        FinalAlphaValue = 0;
    }

    /// <inheritdoc/>
    protected override Mobject CreateTarget()
    {
        var target = Mobject.DeepCopy();
        target.SetOpacity(0);
        target.Scale(_scale);
        target.Shift(_shift);
        return target;
    }
}
