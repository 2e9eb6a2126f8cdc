using System.Numerics;

namespace AnimLib.Mobjects;

/// <summary>
/// A <see cref="Matrix"/> whose entries are <see cref="Integer"/>s (Manim's IntegerMatrix): numbers drawn as text that
/// keep their value, so <c>GetDecimalEntries()[k].SetValue(7)</c> or <c>ChangeDecimalToValue</c> changes one entry.
/// </summary>
public class IntegerMatrix : DecimalMatrix
{
    /// <summary>Creates the matrix.</summary>
    /// <param name="values">Entry values, rows by columns, e.g. <c>new[,] { { 1, 2 }, { 3, 4 } }</c>.</param>
    /// <param name="includeSign">Show "+" on positive entries.</param>
    /// <param name="fontSize">Font size of the entries.</param>
    /// <param name="vBuff">Vertical gap between rows.</param>
    /// <param name="hBuff">Horizontal gap between columns.</param>
    /// <param name="bracketHBuff">Gap between the entries and the brackets.</param>
    /// <param name="bracketVBuff">How far the brackets reach beyond the entries.</param>
    /// <param name="height">Overall height, when given.</param>
    /// <param name="ellipsesRow">Row replaced by vertical dots (negative counts from the end).</param>
    /// <param name="ellipsesCol">Column replaced by horizontal dots.</param>
    /// <param name="edgeToFix">Which side of each number stays put when its value changes.</param>
    /// <param name="bracketStyle">Square brackets, parentheses or bars.</param>
    public IntegerMatrix(int[,] values, bool includeSign = false, double fontSize = Text.DefaultFontSize, double vBuff = 0.5,
        double hBuff = 0.5, double bracketHBuff = 0.2, double bracketVBuff = 0.25, double? height = null, int? ellipsesRow = null,
        int? ellipsesCol = null, Vector3? edgeToFix = null, MatrixBracketStyle bracketStyle = MatrixBracketStyle.Square)
        : base(MatrixEntries.Map<int, DecimalNumber>(values, v => new Integer(v, includeSign, fontSize: fontSize, edgeToFix: edgeToFix)),
            0, vBuff, hBuff, bracketHBuff, bracketVBuff, height, ellipsesRow, ellipsesCol, bracketStyle)
    {
    }

    /// <summary>The current values of all slots, rows by columns, rounded to whole numbers.</summary>
    public int[,] GetIntegerValues()
    {
        var values = GetValues();
        var result = new int[RowCount, ColumnCount];
        for (int i = 0; i < RowCount; i++)
            for (int j = 0; j < ColumnCount; j++)
                result[i, j] = (int)Math.Round(values[i, j]);
        return result;
    }
}
