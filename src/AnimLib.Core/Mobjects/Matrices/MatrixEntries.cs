using System.Globalization;

namespace AnimLib.Mobjects;

/// <summary>Turns a grid of values into a grid of entry mobjects for the <see cref="Matrix"/> constructors.</summary>
internal static class MatrixEntries
{
    public static VMobject[,] Map<T>(T[,] values, Func<T, VMobject> elementToMobject) => Map<T, VMobject>(values, elementToMobject);

    public static TEntry[,] Map<T, TEntry>(T[,] values, Func<T, TEntry> elementToMobject) where TEntry : VMobject
    {
        ArgumentNullException.ThrowIfNull(values);
        var result = new TEntry[values.GetLength(0), values.GetLength(1)];
        for (int i = 0; i < values.GetLength(0); i++)
            for (int j = 0; j < values.GetLength(1); j++)
                result[i, j] = elementToMobject(values[i, j]);
        return result;
    }

    // Invariant culture: a comma decimal separator would read as a list in TeX. Fixed-point without a place count
    // keeps up to ten digits and never switches to exponent notation, which TeX would print as "1E-05".
    public static string Format(double value, int? places) =>
        value.ToString(places is int p ? "F" + Math.Max(p, 0).ToString(CultureInfo.InvariantCulture) : "0.##########", CultureInfo.InvariantCulture);

    public static string Format(int value) => value.ToString(CultureInfo.InvariantCulture);
}
