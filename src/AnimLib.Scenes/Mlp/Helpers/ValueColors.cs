namespace AnimLib.Scenes.Mlp;

/// <summary>The chapter's colouring of numbers: blue for positive, red for negative, lighter for larger magnitudes.</summary>
public static class ValueColors
{
    /// <summary>
    /// Colour of <paramref name="value"/>: its magnitude, rescaled from [<paramref name="minValue"/>, <paramref name="maxValue"/>] to
    /// [0, 1] and clipped, picks a colour between the low and high colours of its sign by HSL interpolation.
    /// </summary>
    public static Color ValueToColor(double value, Color? lowPositiveColor = null, Color? highPositiveColor = null,
        Color? lowNegativeColor = null, Color? highNegativeColor = null, double minValue = 0.0, double maxValue = 10.0)
    {
        double alpha = Math.Clamp((Math.Abs(value) - minValue) / (maxValue - minValue), 0, 1);
        return value >= 0
            ? Color.InterpolateHsl(lowPositiveColor ?? Palette.BlueE, highPositiveColor ?? Palette.BlueB, alpha)
            : Color.InterpolateHsl(lowNegativeColor ?? Palette.RedE, highNegativeColor ?? Palette.RedB, alpha);
    }
}
