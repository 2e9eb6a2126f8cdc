using AnimLib.Geometry;

namespace AnimLib.Mobjects;

/// <summary>Colouring a <see cref="Matrix"/> by rows or columns (Manim's <c>set_row_colors</c> / <c>set_column_colors</c>).</summary>
public static class MatrixColors
{
    /// <summary>
    /// Colours row i with <c>colors[i]</c>; rows beyond the colours given keep theirs. Brackets are left alone.
    /// </summary>
    public static T SetRowColors<T>(this T matrix, params Color[] colors) where T : Matrix
    {
        var rows = matrix.GetRows();
        for (int i = 0; i < Math.Min(rows.Count, colors.Length); i++) rows[i].SetColor(colors[i]);
        return matrix;
    }

    /// <summary>
    /// Colours column j with <c>colors[j]</c>; columns beyond the colours given keep theirs. Brackets are left alone.
    /// </summary>
    public static T SetColumnColors<T>(this T matrix, params Color[] colors) where T : Matrix
    {
        var columns = matrix.GetColumns();
        for (int j = 0; j < Math.Min(columns.Count, colors.Length); j++) columns[j].SetColor(colors[j]);
        return matrix;
    }
}
