namespace AnimLib.Scenes.Mlp;

/// <summary>
/// A bracketed grid of signed one-decimal weights coloured by value (blue for positive, red for negative, brighter for
/// larger magnitudes), with a row of vertical dots second from the bottom and a column of horizontal dots second from
/// the right, as drawn throughout the chapter.
/// </summary>
public class WeightMatrix : DecimalMatrix
{
    /// <summary>Creates the matrix.</summary>
    /// <param name="values">Entry values; random in <paramref name="valueRange"/> with <paramref name="shape"/> when null.</param>
    /// <param name="shape">Rows and columns when values are random.</param>
    /// <param name="random">Source of the random values (pass the scene's <c>Random</c> for reproducible renders).</param>
    /// <param name="valueRange">Range of random values; its maximum is also the brightest colour.</param>
    /// <param name="ellipsesRow">Row of vertical dots (−2 = second from the bottom; null for none).</param>
    /// <param name="ellipsesCol">Column of horizontal dots (−2 = second from the right; null for none).</param>
    /// <param name="numDecimalPlaces">Digits after the point.</param>
    /// <param name="bracketHBuff">Gap between entries and brackets.</param>
    /// <param name="includeSign">Show "+" on positive entries.</param>
    /// <param name="lowPositiveColor">Colour of small positive values.</param>
    /// <param name="highPositiveColor">Colour of large positive values.</param>
    /// <param name="lowNegativeColor">Colour of small negative values.</param>
    /// <param name="highNegativeColor">Colour of large negative values.</param>
    /// <param name="edgeToFix">Side of each number that stays put when it changes (Left by default).</param>
    public WeightMatrix(double[,]? values = null, (int Rows, int Cols)? shape = null, Random? random = null, (double Min, double Max)? valueRange = null,
        int? ellipsesRow = -2, int? ellipsesCol = -2, int numDecimalPlaces = 1, double bracketHBuff = 0.1, bool includeSign = true,
        Color? lowPositiveColor = null, Color? highPositiveColor = null, Color? lowNegativeColor = null, Color? highNegativeColor = null,
        System.Numerics.Vector3? edgeToFix = null)
        : base(values ?? RandomValues(shape ?? (6, 8), valueRange ?? (-9.9, 9.9), random), numDecimalPlaces, includeSign,
            bracketHBuff: bracketHBuff, ellipsesRow: ellipsesRow, ellipsesCol: ellipsesCol, edgeToFix: edgeToFix)
    {
        ValueRange = valueRange ?? (-9.9, 9.9);
        Shape = (RowCount, ColumnCount);
        EllipsesRow = ellipsesRow;
        EllipsesCol = ellipsesCol;
        LowPositiveColor = lowPositiveColor ?? Palette.BlueE;
        HighPositiveColor = highPositiveColor ?? Palette.BlueB;
        LowNegativeColor = lowNegativeColor ?? Palette.RedE;
        HighNegativeColor = highNegativeColor ?? Palette.RedB;
        ResetEntryColors();
    }

    /// <summary>Range new random values are drawn from.</summary>
    public (double Min, double Max) ValueRange { get; }

    /// <summary>Rows and columns.</summary>
    public (int Rows, int Cols) Shape { get; }

    /// <summary>The dotted row index as given (may be negative or out of range).</summary>
    public int? EllipsesRow { get; }

    /// <summary>The dotted column index as given.</summary>
    public int? EllipsesCol { get; }

    /// <summary>Colour of small positive values.</summary>
    public Color LowPositiveColor { get; protected init; }

    /// <summary>Colour of large positive values.</summary>
    public Color HighPositiveColor { get; protected init; }

    /// <summary>Colour of small negative values.</summary>
    public Color LowNegativeColor { get; protected init; }

    /// <summary>Colour of large negative values.</summary>
    public Color HighNegativeColor { get; protected init; }

    /// <summary>Recolours every entry from its current value.</summary>
    public virtual WeightMatrix ResetEntryColors()
    {
        foreach (var entry in GetDecimalEntries())
            entry.SetFill(ValueColors.ValueToColor(entry.Value, LowPositiveColor, HighPositiveColor, LowNegativeColor, HighNegativeColor,
                0, ValueRange.Max));
        return this;
    }

    /// <summary>Uniform random values in <paramref name="range"/>.</summary>
    protected static double[,] RandomValues((int Rows, int Cols) shape, (double Min, double Max) range, Random? random)
    {
        if (shape.Rows <= 0 || shape.Cols <= 0) throw new ArgumentOutOfRangeException(nameof(shape), shape, "A matrix needs at least one row and column.");
        random ??= Random.Shared;
        var values = new double[shape.Rows, shape.Cols];
        for (int i = 0; i < shape.Rows; i++)
            for (int j = 0; j < shape.Cols; j++)
                values[i, j] = range.Min + (range.Max - range.Min) * random.NextDouble();
        return values;
    }
}
