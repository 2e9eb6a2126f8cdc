namespace AnimLib.Scenes.Mlp;

/// <summary>
/// A column vector of signed numbers in brackets, shaded grey to white by magnitude, with vertical dots second from the
/// bottom: how the chapter draws an embedding. A zero entry hides its sign (it still takes its space).
/// </summary>
public class NumericEmbedding : WeightMatrix
{
    /// <summary>Creates the embedding.</summary>
    /// <param name="values">Entries; a 1-D array is a column. Random when null.</param>
    /// <param name="shape">Rows and columns of random values (defaults to <paramref name="length"/> × 1).</param>
    /// <param name="length">Number of entries when neither values nor shape is given.</param>
    /// <param name="random">Source of random values.</param>
    /// <param name="valueRange">Range of random values.</param>
    /// <param name="ellipsesRow">Row of vertical dots.</param>
    /// <param name="ellipsesCol">Column of horizontal dots (out of range for a single column).</param>
    /// <param name="numDecimalPlaces">Digits after the point.</param>
    /// <param name="darkColor">Colour of small magnitudes.</param>
    /// <param name="lightColor">Colour of large magnitudes.</param>
    /// <param name="edgeToFix">Side of each number that stays put when it changes.</param>
    public NumericEmbedding(double[]? values = null, (int Rows, int Cols)? shape = null, int length = 7, Random? random = null,
        (double Min, double Max)? valueRange = null, int? ellipsesRow = -2, int? ellipsesCol = -2, int numDecimalPlaces = 1,
        Color? darkColor = null, Color? lightColor = null, System.Numerics.Vector3? edgeToFix = null)
        : this(values is null ? null : Column(values), shape ?? (length, 1), random, valueRange, ellipsesRow, ellipsesCol, numDecimalPlaces,
            darkColor ?? Palette.GreyC, lightColor ?? Palette.White, edgeToFix)
    {
    }

    /// <summary>Creates the embedding from a grid of values (rows × columns).</summary>
    public NumericEmbedding(double[,]? values, (int Rows, int Cols) shape, Random? random, (double Min, double Max)? valueRange, int? ellipsesRow,
        int? ellipsesCol, int numDecimalPlaces, Color darkColor, Color lightColor, System.Numerics.Vector3? edgeToFix = null)
        : base(values, shape, random, valueRange, ellipsesRow, ellipsesCol, numDecimalPlaces,
            lowPositiveColor: darkColor, highPositiveColor: lightColor, lowNegativeColor: darkColor, highNegativeColor: lightColor,
            edgeToFix: edgeToFix)
    {
        HideZeroSigns();
    }

    /// <inheritdoc/>
    public override WeightMatrix ResetEntryColors()
    {
        base.ResetEntryColors();
        HideZeroSigns();
        return this;
    }

    private void HideZeroSigns()
    {
        foreach (var entry in GetDecimalEntries())
            if (entry.Value == 0 && entry.Count > 0) entry[0].SetOpacity(0);
    }

    private static double[,] Column(double[] values)
    {
        var grid = new double[values.Length, 1];
        for (int i = 0; i < values.Length; i++) grid[i, 0] = values[i];
        return grid;
    }
}
