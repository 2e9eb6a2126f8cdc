using System.Numerics;

namespace AnimLib.Mobjects;

/// <summary>
/// A grid of element mobjects in square brackets (ManimGL's Matrix). Children are the elements row-major, then the
/// left and right brackets, so <c>matrix[..^2]</c> are the element slots and <c>matrix[^2..]</c> the brackets.
/// </summary>
/// <remarks>
/// Element (i, j) is placed with its box point in <c>elementAlignmentCorner</c> (bottom centre by default) at
/// (j·xStep, −i·yStep), where the steps are the widest/tallest element plus the buffs; then the whole is centred.
/// Ellipsis rows/columns replace their elements' look with ⋮ / ⋯ through <c>Become</c>, so the slots keep their
/// identity (and a number keeps its value) but leave <see cref="GetEntries"/>.
/// </remarks>
public class Matrix : VMobject
{
    private List<VMobject> _elements = [];
    private List<VMobject> _ellipses = [];
    private VGroup<VGroup> _rows = new();
    private VGroup<VGroup> _columns = new();
    private VGroup<MatrixBracket> _brackets = new();

    /// <summary>Builds a matrix of LaTeX entries: each string is typeset as a <see cref="Tex"/> (math mode).</summary>
    /// <param name="entries">Entries, rows by columns, e.g. <c>{ { "a", @"\pi" }, { "0", "x^2" } }</c>.</param>
    /// <param name="fontSize">Font size of the entries.</param>
    /// <param name="elementToMobject">Makes each entry's mobject instead of <see cref="Tex"/> (Manim's <c>element_to_mobject</c>),
    /// e.g. <c>s =&gt; new Text(s)</c>.</param>
    /// <param name="vBuff">Vertical gap between rows.</param>
    /// <param name="hBuff">Horizontal gap between columns.</param>
    /// <param name="bracketHBuff">Gap between the entries and the brackets.</param>
    /// <param name="bracketVBuff">How far the brackets reach beyond the entries.</param>
    /// <param name="height">Overall height, when given.</param>
    /// <param name="elementAlignmentCorner">The point of each entry's box placed on the grid (bottom centre by default).</param>
    /// <param name="ellipsesRow">Row replaced by vertical dots (negative counts from the end).</param>
    /// <param name="ellipsesCol">Column replaced by horizontal dots.</param>
    /// <param name="bracketStyle">Square brackets, parentheses or bars (Manim's <c>left_bracket</c>/<c>right_bracket</c>).</param>
    /// <exception cref="TexCompilationException">LaTeX rejected an entry.</exception>
    public Matrix(string[,] entries, double fontSize = Text.DefaultFontSize, Func<string, VMobject>? elementToMobject = null,
        double vBuff = 0.5, double hBuff = 0.5, double bracketHBuff = 0.2, double bracketVBuff = 0.25, double? height = null,
        Vector3? elementAlignmentCorner = null, int? ellipsesRow = null, int? ellipsesCol = null,
        MatrixBracketStyle bracketStyle = MatrixBracketStyle.Square)
        : this(MatrixEntries.Map(entries, elementToMobject ?? (s => new Tex(s, fontSize))), vBuff, hBuff, bracketHBuff, bracketVBuff,
            height, elementAlignmentCorner, ellipsesRow, ellipsesCol, bracketStyle)
    {
    }

    /// <summary>
    /// Builds a matrix of whole numbers, each typeset as a <see cref="Tex"/> (so "−3" gets a true minus sign); see
    /// <see cref="IntegerMatrix"/> for entries that can change value.
    /// </summary>
    /// <param name="entries">Entries, rows by columns, e.g. <c>{ { 1, 2 }, { 3, 4 } }</c>.</param>
    /// <param name="fontSize">Font size of the entries.</param>
    /// <param name="elementToMobject">Makes each entry's mobject instead of <see cref="Tex"/>.</param>
    /// <param name="vBuff">Vertical gap between rows.</param>
    /// <param name="hBuff">Horizontal gap between columns.</param>
    /// <param name="bracketHBuff">Gap between the entries and the brackets.</param>
    /// <param name="bracketVBuff">How far the brackets reach beyond the entries.</param>
    /// <param name="height">Overall height, when given.</param>
    /// <param name="elementAlignmentCorner">The point of each entry's box placed on the grid (bottom centre by default).</param>
    /// <param name="ellipsesRow">Row replaced by vertical dots (negative counts from the end).</param>
    /// <param name="ellipsesCol">Column replaced by horizontal dots.</param>
    /// <param name="bracketStyle">Square brackets, parentheses or bars (Manim's <c>left_bracket</c>/<c>right_bracket</c>).</param>
    public Matrix(int[,] entries, double fontSize = Text.DefaultFontSize, Func<int, VMobject>? elementToMobject = null,
        double vBuff = 0.5, double hBuff = 0.5, double bracketHBuff = 0.2, double bracketVBuff = 0.25, double? height = null,
        Vector3? elementAlignmentCorner = null, int? ellipsesRow = null, int? ellipsesCol = null,
        MatrixBracketStyle bracketStyle = MatrixBracketStyle.Square)
        : this(MatrixEntries.Map(entries, elementToMobject ?? (n => new Tex(MatrixEntries.Format(n), fontSize))), vBuff, hBuff,
            bracketHBuff, bracketVBuff, height, elementAlignmentCorner, ellipsesRow, ellipsesCol, bracketStyle)
    {
    }

    /// <summary>
    /// Builds a matrix of numbers, each typeset as a <see cref="Tex"/>: with <paramref name="numDecimalPlaces"/> digits after
    /// the point, or as few as the value needs when it is null (1.5, 0.25, 3). See <see cref="DecimalMatrix"/> for entries
    /// that can change value.
    /// </summary>
    /// <param name="entries">Entries, rows by columns.</param>
    /// <param name="numDecimalPlaces">Digits after the point of every entry; null writes each value as short as it allows.</param>
    /// <param name="fontSize">Font size of the entries.</param>
    /// <param name="elementToMobject">Makes each entry's mobject instead of <see cref="Tex"/>.</param>
    /// <param name="vBuff">Vertical gap between rows.</param>
    /// <param name="hBuff">Horizontal gap between columns.</param>
    /// <param name="bracketHBuff">Gap between the entries and the brackets.</param>
    /// <param name="bracketVBuff">How far the brackets reach beyond the entries.</param>
    /// <param name="height">Overall height, when given.</param>
    /// <param name="elementAlignmentCorner">The point of each entry's box placed on the grid (bottom centre by default).</param>
    /// <param name="ellipsesRow">Row replaced by vertical dots (negative counts from the end).</param>
    /// <param name="ellipsesCol">Column replaced by horizontal dots.</param>
    /// <param name="bracketStyle">Square brackets, parentheses or bars (Manim's <c>left_bracket</c>/<c>right_bracket</c>).</param>
    public Matrix(double[,] entries, int? numDecimalPlaces = null, double fontSize = Text.DefaultFontSize,
        Func<double, VMobject>? elementToMobject = null, double vBuff = 0.5, double hBuff = 0.5, double bracketHBuff = 0.2,
        double bracketVBuff = 0.25, double? height = null, Vector3? elementAlignmentCorner = null, int? ellipsesRow = null,
        int? ellipsesCol = null, MatrixBracketStyle bracketStyle = MatrixBracketStyle.Square)
        : this(MatrixEntries.Map(entries, elementToMobject ?? (x => new Tex(MatrixEntries.Format(x, numDecimalPlaces), fontSize))), vBuff,
            hBuff, bracketHBuff, bracketVBuff, height, elementAlignmentCorner, ellipsesRow, ellipsesCol, bracketStyle)
    {
    }

    /// <summary>Builds a matrix of the given element mobjects.</summary>
    /// <param name="elements">The entries, rows by columns; they are moved into place, not copied.</param>
    /// <param name="vBuff">Vertical gap between rows.</param>
    /// <param name="hBuff">Horizontal gap between columns.</param>
    /// <param name="bracketHBuff">Gap between the entries and the brackets.</param>
    /// <param name="bracketVBuff">How far the brackets reach beyond the entries.</param>
    /// <param name="height">Overall height, when given.</param>
    /// <param name="elementAlignmentCorner">The point of each entry's box placed on the grid (bottom centre by default).</param>
    /// <param name="ellipsesRow">Row replaced by vertical dots (negative counts from the end).</param>
    /// <param name="ellipsesCol">Column replaced by horizontal dots.</param>
    /// <param name="bracketStyle">Square brackets, parentheses or bars (Manim's <c>left_bracket</c>/<c>right_bracket</c>).</param>
    public Matrix(VMobject[,] elements, double vBuff = 0.5, double hBuff = 0.5, double bracketHBuff = 0.2, double bracketVBuff = 0.25,
        double? height = null, Vector3? elementAlignmentCorner = null, int? ellipsesRow = null, int? ellipsesCol = null,
        MatrixBracketStyle bracketStyle = MatrixBracketStyle.Square)
    {
        int nRows = elements.GetLength(0), nCols = elements.GetLength(1);
        if (nRows == 0 || nCols == 0) throw new ArgumentException("A matrix needs at least one row and one column.", nameof(elements));
        var corner = elementAlignmentCorner ?? Directions.Down;
        var all = new List<VMobject>();
        for (int i = 0; i < nRows; i++)
            for (int j = 0; j < nCols; j++)
                all.Add(elements[i, j]);
        double xStep = all.Max(e => e.GetWidth()) + hBuff;
        double yStep = all.Max(e => e.GetHeight()) + vBuff;
        for (int i = 0; i < nRows; i++)
            for (int j = 0; j < nCols; j++)
                elements[i, j].MoveTo(new Vector3((float)(j * xStep), (float)(-i * yStep), 0), corner);

        _rows = new VGroup<VGroup>(Enumerable.Range(0, nRows).Select(i => new VGroup(Enumerable.Range(0, nCols).Select(j => elements[i, j]))));
        _columns = new VGroup<VGroup>(Enumerable.Range(0, nCols).Select(j => new VGroup(Enumerable.Range(0, nRows).Select(i => elements[i, j]))));
        _elements = all.ToList();
        var grid = new VGroup(all);
        grid.Center();
        if (height is double h) grid.SetHeight(h - 2 * bracketVBuff);

        double bracketHeight = grid.GetHeight() + 2 * bracketVBuff;
        var left = new MatrixBracket(bracketHeight, isLeft: true, bracketStyle);
        var right = new MatrixBracket(bracketHeight, isLeft: false, bracketStyle);
        left.NextTo(grid, Directions.Left, bracketHBuff).MatchY(grid);
        right.NextTo(grid, Directions.Right, bracketHBuff).MatchY(grid);
        _brackets = new VGroup<MatrixBracket>(left, right);
        this.Add(all);
        this.Add(left, right);
        this.Center();

        ApplyEllipses(nRows, nCols, ellipsesRow, ellipsesCol, yStep - vBuff, xStep - hBuff);
    }

    private void ApplyEllipses(int nRows, int nCols, int? row, int? col, double rowHeight, double colWidth)
    {
        int? r = Normalize(row, nRows);
        int? c = Normalize(col, nCols);
        var ellipses = new List<VMobject>();
        if (r is int ri)
        {
            foreach (var slot in _rows[ri].Cast<VMobject>())
            {
                var dots = new MatrixEllipsis(0.65 * rowHeight, Directions.Down, slot.GetColor()).MoveTo(slot);
                slot.Become(dots);
                ellipses.Add(slot);
            }
        }
        if (c is int ci)
        {
            foreach (var slot in _columns[ci].Cast<VMobject>())
            {
                var dots = new MatrixEllipsis(0.4 * colWidth, Directions.Right, slot.GetColor()).MoveTo(slot);
                slot.Become(dots);
                if (r is int rr && ReferenceEquals(slot, _rows[rr][ci])) slot.Rotate(-45 * Constants.Degrees);
                if (!ellipses.Contains(slot)) ellipses.Add(slot);
            }
        }
        _ellipses = ellipses;
        _elements = _elements.Where(e => !ellipses.Contains(e)).ToList();
    }

    private static int? Normalize(int? index, int count)
    {
        if (index is not int i) return null;
        if (i < 0) i += count;
        return i >= 0 && i < count ? i : null;
    }

    /// <summary>Number of rows.</summary>
    public int RowCount => _rows.Count;

    /// <summary>Number of columns.</summary>
    public int ColumnCount => _columns.Count;

    /// <summary>The element slots that are not ellipses, row-major (Manim's <c>get_entries</c>).</summary>
    public VGroup GetEntries() => new(_elements);

    /// <summary>Rows (including ellipsis slots), top to bottom; each row's slots left to right.</summary>
    public VGroup<VGroup> GetRows() => _rows;

    /// <summary>Columns (including ellipsis slots), left to right; each column's slots top to bottom.</summary>
    public VGroup<VGroup> GetColumns() => _columns;

    /// <summary>The left and right brackets (<c>GetBrackets()[0]</c> is "[").</summary>
    public VGroup<MatrixBracket> GetBrackets() => _brackets;

    /// <summary>Slots shown as ⋮ / ⋯.</summary>
    public VGroup GetEllipses() => new(_ellipses);

    /// <summary>The slot at row <paramref name="row"/>, column <paramref name="col"/>.</summary>
    public VMobject GetElement(int row, int col) => (VMobject)_rows[row][col];

    /// <inheritdoc/>
    protected override void RemapReferences(Mobject original, IReadOnlyDictionary<Mobject, Mobject> map)
    {
        var o = (Matrix)original;
        _elements = o._elements.Select(e => Remap(e, map)).ToList();
        _ellipses = o._ellipses.Select(e => Remap(e, map)).ToList();
        _rows = new VGroup<VGroup>(o._rows.Members.Select(row => new VGroup(row.Cast<VMobject>().Select(e => Remap(e, map)))));
        _columns = new VGroup<VGroup>(o._columns.Members.Select(col => new VGroup(col.Cast<VMobject>().Select(e => Remap(e, map)))));
        _brackets = new VGroup<MatrixBracket>(o._brackets.Members.Select(b => Remap(b, map)));
    }
}
