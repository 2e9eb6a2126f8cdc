using System.Globalization;

namespace AnimLib.Mobjects;

/// <summary>Formats numbers the way <see cref="DecimalNumber"/> shows them.</summary>
internal static class NumberFormatter
{
    /// <summary>En dash: DecimalNumber's minus sign.</summary>
    internal const char Minus = '–';

    /// <summary>
    /// Fixed-point with <paramref name="decimals"/> places, optional explicit sign, optional thousands separators. With
    /// 0 places the value is truncated toward zero first; a value that shows as zero never carries a minus.
    /// </summary>
    internal static string Format(double value, int decimals, bool includeSign, bool groupWithCommas)
    {
        if (double.IsNaN(value)) return "NaN";
        if (decimals == 0) value = Math.Truncate(value);
        string digits = Math.Abs(value).ToString((groupWithCommas ? "N" : "F") + decimals, CultureInfo.InvariantCulture);
        bool isZero = digits.All(c => c is '0' or '.' or ',');
        bool negative = value < 0 && !isZero;
        string sign = negative ? Minus.ToString() : includeSign ? "+" : "";
        return sign + digits;
    }
}
