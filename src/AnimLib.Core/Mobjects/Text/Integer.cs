using AnimLib.Geometry;

namespace AnimLib.Mobjects;

/// <summary>A <see cref="DecimalNumber"/> with no decimal places: <c>new Integer(12288)</c> shows "12,288".</summary>
public class Integer : DecimalNumber
{
    /// <summary>Creates the integer display.</summary>
    public Integer(double number = 0, bool includeSign = false, bool groupWithCommas = true, double fontSize = Text.DefaultFontSize,
        Color? color = null, System.Numerics.Vector3? edgeToFix = null, string? unit = null)
        : base(number, 0, includeSign, groupWithCommas, fontSize, color, edgeToFix, unit)
    {
    }

    /// <summary>The value rounded to a whole number.</summary>
    public override double GetValue() => Math.Round(Value);
}
