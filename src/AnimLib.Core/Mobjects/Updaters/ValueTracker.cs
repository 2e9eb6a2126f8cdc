using AnimLib.Geometry;

namespace AnimLib.Mobjects;

/// <summary>
/// An invisible mobject holding a number, to drive updaters: <c>tracker.GetValue()</c> in an updater,
/// <c>Play(tracker.Animate().SetValue(5))</c> to animate it (the value is interpolated linearly with the animation's
/// rate function). Add it to the scene only if its own updaters must run.
/// </summary>
public class ValueTracker : Mobject
{
    /// <summary>Creates a tracker holding <paramref name="value"/>.</summary>
    public ValueTracker(double value = 0)
    {
        Value = value;
    }

    /// <summary>The current value.</summary>
    public double Value { get; private set; }

    /// <summary>The current value.</summary>
    public double GetValue() => Value;

    /// <summary>Sets the value; returns the tracker so it can end an <c>Animate()</c> chain.</summary>
    public ValueTracker SetValue(double value)
    {
        Value = value;
        return this;
    }

    /// <summary>Adds <paramref name="delta"/> to the value.</summary>
    public ValueTracker IncrementValue(double delta) => SetValue(Value + delta);

    /// <summary>Adds <paramref name="delta"/> to the value (same as <see cref="IncrementValue"/>).</summary>
    public ValueTracker Increment(double delta) => IncrementValue(delta);

    /// <inheritdoc/>
    protected override void InterpolateOwnState(Mobject start, Mobject end, double alpha)
    {
        if (start is ValueTracker a && end is ValueTracker b) Value = VectorMath.Lerp(a.Value, b.Value, alpha);
    }

    /// <inheritdoc/>
    public override string ToString() => $"ValueTracker({Value.ToString(System.Globalization.CultureInfo.InvariantCulture)})";
}
