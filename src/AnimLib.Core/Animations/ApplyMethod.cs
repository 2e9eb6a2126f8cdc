using AnimLib.Mobjects;

namespace AnimLib.Animations;

/// <summary>
/// Transforms a mobject into a copy of itself with <c>method</c> applied, e.g.
/// <c>ApplyMethod(group, g =&gt; g.Scale(0, aboutPoint: origin))</c>. The method runs on the copy when the animation
/// begins, so it sees the mobject's state at that moment.
/// </summary>
public class ApplyMethod : Transform
{
    private readonly Action<Mobject> _method;

    /// <summary>Creates the animation.</summary>
    public ApplyMethod(Mobject mobject, Action<Mobject> method) : base(mobject)
    {
        _method = method ?? throw new ArgumentNullException(nameof(method));
    }

    /// <inheritdoc/>
    protected override Mobject CreateTarget()
    {
        var target = Mobject.DeepCopy();
        _method(target);
        return target;
    }
}
