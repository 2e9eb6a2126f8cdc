using AnimLib.Mobjects;

namespace AnimLib.Animations;

/// <summary>Transforms a mobject back to its saved state (see <c>SaveState()</c>).</summary>
public class Restore : Transform
{
    /// <summary>Creates the animation.</summary>
    /// <exception cref="InvalidOperationException">SaveState() was not called.</exception>
    public Restore(Mobject mobject, double pathArc = 0)
        : base(mobject, mobject.SavedState ?? throw new InvalidOperationException(
            $"Restore on a {mobject.GetType().Name} without a saved state: call SaveState() first."), pathArc)
    {
    }
}
