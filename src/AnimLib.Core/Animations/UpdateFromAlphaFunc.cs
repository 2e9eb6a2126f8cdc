using AnimLib.Mobjects;

namespace AnimLib.Animations;

/// <summary>
/// Calls <c>update(mobject, alpha)</c> every frame with the raw progress in [0, 1] (after any time span; the rate
/// function is not applied, as in ManimGL).
/// </summary>
public class UpdateFromAlphaFunc : Animation
{
    private readonly Action<Mobject, double> _update;

    /// <summary>Creates the animation.</summary>
    public UpdateFromAlphaFunc(Mobject mobject, Action<Mobject, double> update) : base(mobject)
    {
        _update = update ?? throw new ArgumentNullException(nameof(update));
        SuspendMobjectUpdating = false;
    }

    /// <inheritdoc/>
    protected override void InterpolateMobject(double alpha) => _update(Mobject, alpha);
}
