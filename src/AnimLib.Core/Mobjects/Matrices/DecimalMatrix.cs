using System.Numerics;

namespace AnimLib.Mobjects;

/// <summary>A <see cref="Matrix"/> whose entries are <see cref="DecimalNumber"/>s built from a grid of values.</summary>
public class DecimalMatrix : Matrix
{
    /// <summary>Creates the matrix.</summary>
    /// <param name="values">Entry values, rows by columns.</param>
    /// <param name="numDecimalPlaces">Digits after the point of every entry.</param>
    /// <param name="includeSign">Show "+" on positive entries.</param>
    /// <param name="fontSize">Font size of the entries.</param>
    /// <param name="vBuff">Vertical gap between rows.</param>
    /// <param name="hBuff">Horizontal gap between columns.</param>
    /// <param name="bracketHBuff">Gap between the entries and the brackets.</param>
    /// <param name="bracketVBuff">How far the brackets reach beyond the entries.</param>
    /// <param name="height">Overall height, when given.</param>
    /// <param name="ellipsesRow">Row replaced by vertical dots (negative counts from the end).</param>
    /// <param name="ellipsesCol">Column replaced by horizontal dots.</param>
    /// <param name="bracketStyle">Square brackets, parentheses or bars.</param>
    /// <param name="edgeToFix">Which side of each number stays put when its value changes.</param>
    public DecimalMatrix(double[,] values, int numDecimalPlaces = 2, bool includeSign = false, double fontSize = Text.DefaultFontSize,
        double vBuff = 0.5, double hBuff = 0.5, double bracketHBuff = 0.2, double bracketVBuff = 0.25, double? height = null,
        int? ellipsesRow = null, int? ellipsesCol = null, Vector3? edgeToFix = null, MatrixBracketStyle bracketStyle = MatrixBracketStyle.Square)
        : base(BuildEntries(values, numDecimalPlaces, includeSign, fontSize, edgeToFix), vBuff, hBuff, bracketHBuff, bracketVBuff, height,
            null, ellipsesRow, ellipsesCol, bracketStyle)
    {
        NumDecimalPlaces = numDecimalPlaces;
    }

    /// <summary>Builds the matrix from number entries a subclass made (<see cref="IntegerMatrix"/> makes <see cref="Integer"/>s).</summary>
    /// <param name="entries">The number entries, rows by columns.</param>
    /// <param name="numDecimalPlaces">Digits after the point of every entry.</param>
    /// <param name="vBuff">Vertical gap between rows.</param>
    /// <param name="hBuff">Horizontal gap between columns.</param>
    /// <param name="bracketHBuff">Gap between the entries and the brackets.</param>
    /// <param name="bracketVBuff">How far the brackets reach beyond the entries.</param>
    /// <param name="height">Overall height, when given.</param>
    /// <param name="ellipsesRow">Row replaced by vertical dots (negative counts from the end).</param>
    /// <param name="ellipsesCol">Column replaced by horizontal dots.</param>
    /// <param name="bracketStyle">Square brackets, parentheses or bars.</param>
    protected DecimalMatrix(DecimalNumber[,] entries, int numDecimalPlaces, double vBuff, double hBuff, double bracketHBuff,
        double bracketVBuff, double? height, int? ellipsesRow, int? ellipsesCol, MatrixBracketStyle bracketStyle)
        : base(entries, vBuff, hBuff, bracketHBuff, bracketVBuff, height, null, ellipsesRow, ellipsesCol, bracketStyle)
    {
        NumDecimalPlaces = numDecimalPlaces;
    }

    /// <summary>Digits after the point of every entry.</summary>
    public int NumDecimalPlaces { get; }

    /// <summary>The number entries (ellipsis slots excluded), row-major.</summary>
    public IReadOnlyList<DecimalNumber> GetDecimalEntries() => GetEntries().Cast<DecimalNumber>().ToList();

    /// <summary>The current values of all slots, rows by columns (ellipsis slots keep the value they were built with).</summary>
    public double[,] GetValues()
    {
        var values = new double[RowCount, ColumnCount];
        for (int i = 0; i < RowCount; i++)
            for (int j = 0; j < ColumnCount; j++)
                values[i, j] = ((DecimalNumber)GetElement(i, j)).Value;
        return values;
    }

    private static VMobject[,] BuildEntries(double[,] values, int places, bool sign, double fontSize, Vector3? edgeToFix)
    {
        ArgumentNullException.ThrowIfNull(values);
        var result = new VMobject[values.GetLength(0), values.GetLength(1)];
        for (int i = 0; i < values.GetLength(0); i++)
            for (int j = 0; j < values.GetLength(1); j++)
                result[i, j] = new DecimalNumber(values[i, j], places, sign, fontSize: fontSize, edgeToFix: edgeToFix);
        return result;
    }
}
