using AnimLib.Mobjects;

namespace AnimLib.Animations;

/// <summary>Transforms a mobject into <c>function(copy of the mobject)</c>; the function may edit and return the copy or return a new mobject.</summary>
public class ApplyFunction : Transform
{
    private readonly Func<Mobject, Mobject> _function;

    /// <summary>Creates the animation.</summary>
    public ApplyFunction(Func<Mobject, Mobject> function, Mobject mobject) : base(mobject)
    {
        _function = function ?? throw new ArgumentNullException(nameof(function));
    }

    /// <inheritdoc/>
    protected override Mobject CreateTarget() =>
        _function(Mobject.DeepCopy()) ?? throw new InvalidOperationException("The function given to ApplyFunction returned null; return the (edited) mobject.");
}
