using AnimLib.Mobjects;

namespace AnimLib.Animations;

/// <summary>Shows a <see cref="DecimalNumber"/> counting up (or down) from <c>source</c> to the value it holds now.</summary>
public class CountInFrom : ChangeDecimalToValue
{
    private readonly double _source;

    /// <summary>Creates the animation.</summary>
    public CountInFrom(DecimalNumber number, double source = 0) : base(number, number.Value)
    {
        _source = source;
        Introducer = true;
    }

    /// <inheritdoc/>
    public override void Begin()
    {
        base.Begin();
        SetStartValue(_source);
        Interpolate(0);
    }
}
