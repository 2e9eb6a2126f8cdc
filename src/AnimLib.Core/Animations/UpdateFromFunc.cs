using AnimLib.Mobjects;

namespace AnimLib.Animations;

/// <summary>Calls <c>update(mobject)</c> every frame for the run time; the mobject's own updaters keep running.</summary>
public class UpdateFromFunc : Animation
{
    private readonly Action<Mobject> _update;

    /// <summary>Creates the animation.</summary>
    public UpdateFromFunc(Mobject mobject, Action<Mobject> update) : base(mobject)
    {
        _update = update ?? throw new ArgumentNullException(nameof(update));
        SuspendMobjectUpdating = false;
    }

    /// <inheritdoc/>
    protected override void InterpolateMobject(double alpha) => _update(Mobject);
}
