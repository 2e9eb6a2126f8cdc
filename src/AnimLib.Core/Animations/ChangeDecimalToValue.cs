using AnimLib.Mobjects;

namespace AnimLib.Animations;

/// <summary>Counts a <see cref="DecimalNumber"/> from its current value to <c>targetValue</c>, redrawing its digits every frame.</summary>
public class ChangeDecimalToValue : Animation
{
    private double _startValue;

    /// <summary>Creates the animation.</summary>
    public ChangeDecimalToValue(DecimalNumber number, double targetValue) : base(number)
    {
        TargetValue = targetValue;
    }

    /// <summary>The value reached at the end.</summary>
    public double TargetValue { get; }

    /// <summary>The number being changed.</summary>
    protected DecimalNumber Number => (DecimalNumber)Mobject;

    /// <inheritdoc/>
    public override void Begin()
    {
        _startValue = Number.Value;
        base.Begin();
    }

    /// <summary>Sets the value the count starts from (used by <see cref="CountInFrom"/>).</summary>
    protected void SetStartValue(double value) => _startValue = value;

    /// <inheritdoc/>
    protected override Mobject CreateStartingMobject() => Mobject;

    /// <inheritdoc/>
    public override IEnumerable<Mobject> GetAllMobjects() => [Mobject];

    /// <inheritdoc/>
    protected override void InterpolateMobject(double alpha) =>
        Number.SetValue(_startValue + (TargetValue - _startValue) * RateFunc(alpha));
}
