using System.Numerics;
using AnimLib.Geometry;
using static AnimLib.Constants;

namespace AnimLib.Mobjects;

/// <summary>Positioning and shaping methods of <see cref="Mobject"/> (ManimGL semantics); each returns the receiver with its own type.</summary>
public static class MobjectLayout
{
    private static readonly Vector3 AllAxes = Vector3.One;

    /// <summary>Moves the family by <paramref name="offset"/>.</summary>
    public static T Shift<T>(this T m, Vector3 offset) where T : Mobject
    {
        m.ShiftPoints(offset);
        return m;
    }

    /// <summary>
    /// Scales by <paramref name="factor"/> about <paramref name="aboutPoint"/>, or the box point in
    /// <paramref name="aboutEdge"/>, or the centre. Factors are clamped to at least 1e-8 so shapes never fully vanish.
    /// </summary>
    public static T Scale<T>(this T m, double factor, Vector3? aboutPoint = null, Vector3? aboutEdge = null) where T : Mobject
    {
        float f = (float)Math.Max(factor, 1e-8);
        m.ApplyPointsFunction(p => p * f, aboutPoint, aboutEdge);
        return m;
    }

    /// <summary>Scales each axis separately.</summary>
    public static T Scale<T>(this T m, Vector3 factors, Vector3? aboutPoint = null, Vector3? aboutEdge = null) where T : Mobject
    {
        var f = Vector3.Max(factors, new Vector3(1e-8f));
        m.ApplyPointsFunction(p => p * f, aboutPoint, aboutEdge);
        return m;
    }

    /// <summary>Stretches along dimension <paramref name="dim"/> (0 = x, 1 = y, 2 = z) by <paramref name="factor"/>.</summary>
    public static T Stretch<T>(this T m, double factor, int dim, Vector3? aboutPoint = null, Vector3? aboutEdge = null) where T : Mobject
    {
        float f = (float)factor;
        m.ApplyPointsFunction(p => p.With(dim, p.Get(dim) * f), aboutPoint, aboutEdge);
        return m;
    }

    /// <summary>Rotates by <paramref name="angle"/> radians about <paramref name="axis"/> (Out by default, right-hand rule) through the centre or the given pivot.</summary>
    public static T Rotate<T>(this T m, double angle, Vector3? axis = null, Vector3? aboutPoint = null, Vector3? aboutEdge = null) where T : Mobject
    {
        m.RotateCore(angle, axis ?? Directions.Out, aboutPoint, aboutEdge);
        return m;
    }

    /// <summary>Mirrors by rotating half a turn about <paramref name="axis"/> (Up by default).</summary>
    public static T Flip<T>(this T m, Vector3? axis = null, Vector3? aboutPoint = null, Vector3? aboutEdge = null) where T : Mobject =>
        m.Rotate(Math.PI, axis ?? Directions.Up, aboutPoint, aboutEdge);

    /// <summary>Applies a linear map (column vectors, acting on x, y, z) about the origin by default.</summary>
    public static T ApplyMatrix<T>(this T m, Matrix4x4 matrix, Vector3? aboutPoint = null) where T : Mobject
    {
        m.ApplyPointsFunction(p => Vector3.Transform(p, Matrix4x4.Transpose(matrix)), aboutPoint ?? Vector3.Zero);
        return m;
    }

    /// <summary>Applies a 2x2 or 3x3 matrix given row by row (<c>new double[,] {{1, 1}, {0, 1}}</c>), about the origin by default.</summary>
    public static T ApplyMatrix<T>(this T m, double[,] matrix, Vector3? aboutPoint = null) where T : Mobject
    {
        int rows = matrix.GetLength(0), cols = matrix.GetLength(1);
        if (rows != cols || rows is < 2 or > 3)
            throw new ArgumentException($"ApplyMatrix takes a 2x2 or 3x3 matrix; got {rows}x{cols}.", nameof(matrix));
        var full = Matrix4x4.Identity;
        for (int r = 0; r < rows; r++)
            for (int c = 0; c < cols; c++)
                full[r, c] = (float)matrix[r, c];
        return m.ApplyMatrix(full, aboutPoint);
    }

    /// <summary>Maps every point through <paramref name="function"/> (about the origin).</summary>
    public static T ApplyFunction<T>(this T m, Func<Vector3, Vector3> function) where T : Mobject
    {
        m.ApplyPointsFunction(function, Vector3.Zero);
        return m;
    }

    /// <summary>Moves so that this mobject's box point in <paramref name="alignedEdge"/> lands on <paramref name="point"/>.</summary>
    public static T MoveTo<T>(this T m, Vector3 point, Vector3? alignedEdge = null, Vector3? coorMask = null) where T : Mobject
    {
        var edge = alignedEdge ?? Vector3.Zero;
        var offset = (point - m.GetBoundingBoxPoint(edge)) * (coorMask ?? AllAxes);
        return m.Shift(offset);
    }

    /// <summary>Moves so that the box points of both mobjects in <paramref name="alignedEdge"/> coincide (centres by default).</summary>
    public static T MoveTo<T>(this T m, Mobject target, Vector3? alignedEdge = null, Vector3? coorMask = null) where T : Mobject =>
        m.MoveTo(target.GetBoundingBoxPoint(alignedEdge ?? Vector3.Zero), alignedEdge, coorMask);

    /// <summary>Moves the box centre to the origin.</summary>
    public static T Center<T>(this T m) where T : Mobject => m.MoveTo(Vector3.Zero);

    /// <summary>Places the mobject beside <paramref name="point"/> in <paramref name="direction"/> with a gap of <paramref name="buff"/>.</summary>
    public static T NextTo<T>(this T m, Vector3 point, Vector3? direction = null, double buff = DefaultMobjectToMobjectBuffer,
        Vector3? alignedEdge = null, Vector3? coorMask = null) where T : Mobject
    {
        var dir = direction ?? Directions.Right;
        var edge = alignedEdge ?? Vector3.Zero;
        var own = m.GetBoundingBoxPoint(edge - dir);
        return m.Shift((point - own + (float)buff * dir) * (coorMask ?? AllAxes));
    }

    /// <summary>
    /// Places the mobject beside <paramref name="target"/>: this box's point in (alignedEdge − direction) goes to the target's
    /// box point in (alignedEdge + direction), plus <paramref name="buff"/> along direction.
    /// </summary>
    public static T NextTo<T>(this T m, Mobject target, Vector3? direction = null, double buff = DefaultMobjectToMobjectBuffer,
        Vector3? alignedEdge = null, Vector3? coorMask = null) where T : Mobject
    {
        var dir = direction ?? Directions.Right;
        var edge = alignedEdge ?? Vector3.Zero;
        var targetPoint = target.GetBoundingBoxPoint(edge + dir);
        var own = m.GetBoundingBoxPoint(edge - dir);
        return m.Shift((targetPoint - own + (float)buff * dir) * (coorMask ?? AllAxes));
    }

    /// <summary>Pushes the mobject against the default frame's edge in <paramref name="edge"/> (Left by default), <paramref name="buff"/> inside it.</summary>
    public static T ToEdge<T>(this T m, Vector3? edge = null, double buff = DefaultMobjectToEdgeBuffer) where T : Mobject =>
        m.AlignOnBorder(edge ?? Directions.Left, buff);

    /// <summary>Pushes the mobject into a corner of the default frame (DL by default).</summary>
    public static T ToCorner<T>(this T m, Vector3? corner = null, double buff = DefaultMobjectToEdgeBuffer) where T : Mobject =>
        m.AlignOnBorder(corner ?? Directions.DL, buff);

    private static T AlignOnBorder<T>(this T m, Vector3 direction, double buff) where T : Mobject
    {
        var border = new Vector3((float)FrameXRadius, (float)FrameYRadius, 0) * VectorMath.Sign(direction);
        var own = m.GetBoundingBoxPoint(direction);
        var offset = border - own - (float)buff * direction;
        var mask = new Vector3(direction.X != 0 ? 1 : 0, direction.Y != 0 ? 1 : 0, 0);
        return m.Shift(offset * mask);
    }

    /// <summary>For each non-zero component of <paramref name="direction"/>, makes that box coordinate equal to <paramref name="target"/>'s.</summary>
    public static T AlignTo<T>(this T m, Mobject target, Vector3 direction) where T : Mobject =>
        m.AlignTo(target.GetBoundingBoxPoint(direction), direction);

    /// <summary>For each non-zero component of <paramref name="direction"/>, makes that box coordinate equal to <paramref name="point"/>'s.</summary>
    public static T AlignTo<T>(this T m, Vector3 point, Vector3 direction) where T : Mobject
    {
        var own = m.GetBoundingBoxPoint(direction);
        var mask = new Vector3(direction.X != 0 ? 1 : 0, direction.Y != 0 ? 1 : 0, direction.Z != 0 ? 1 : 0);
        return m.Shift((point - own) * mask);
    }

    /// <summary>Moves along one axis so that the box point in <paramref name="direction"/> has coordinate <paramref name="value"/>.</summary>
    public static T SetCoord<T>(this T m, double value, int dim, Vector3? direction = null) where T : Mobject
    {
        var current = m.GetCoord(dim, direction ?? Vector3.Zero);
        return m.Shift(Vector3.Zero.With(dim, (float)(value - current)));
    }

    /// <summary>Sets the x coordinate of the centre (or of the box point in <paramref name="direction"/>).</summary>
    public static T SetX<T>(this T m, double x, Vector3? direction = null) where T : Mobject => m.SetCoord(x, 0, direction);
    /// <summary>Sets the y coordinate.</summary>
    public static T SetY<T>(this T m, double y, Vector3? direction = null) where T : Mobject => m.SetCoord(y, 1, direction);
    /// <summary>Sets the z coordinate.</summary>
    public static T SetZ<T>(this T m, double z, Vector3? direction = null) where T : Mobject => m.SetCoord(z, 2, direction);

    /// <summary>Matches <paramref name="other"/>'s x coordinate.</summary>
    public static T MatchX<T>(this T m, Mobject other, Vector3? direction = null) where T : Mobject => m.SetX(other.GetX(direction ?? default), direction);
    /// <summary>Matches <paramref name="other"/>'s y coordinate.</summary>
    public static T MatchY<T>(this T m, Mobject other, Vector3? direction = null) where T : Mobject => m.SetY(other.GetY(direction ?? default), direction);
    /// <summary>Matches <paramref name="other"/>'s z coordinate.</summary>
    public static T MatchZ<T>(this T m, Mobject other, Vector3? direction = null) where T : Mobject => m.SetZ(other.GetZ(direction ?? default), direction);

    /// <summary>Rescales so the extent along <paramref name="dim"/> is <paramref name="length"/>, uniformly unless <paramref name="stretch"/>.</summary>
    public static T RescaleToFit<T>(this T m, double length, int dim, bool stretch = false, Vector3? aboutPoint = null, Vector3? aboutEdge = null) where T : Mobject
    {
        double old = m.LengthOverDim(dim);
        if (old < 1e-12) return m;
        double factor = length / old;
        return stretch ? m.Stretch(factor, dim, aboutPoint, aboutEdge) : m.Scale(factor, aboutPoint, aboutEdge);
    }

    /// <summary>Sets the width (uniform scale unless <paramref name="stretch"/>).</summary>
    public static T SetWidth<T>(this T m, double width, bool stretch = false, Vector3? aboutPoint = null, Vector3? aboutEdge = null) where T : Mobject =>
        m.RescaleToFit(width, 0, stretch, aboutPoint, aboutEdge);
    /// <summary>Sets the height (uniform scale unless <paramref name="stretch"/>).</summary>
    public static T SetHeight<T>(this T m, double height, bool stretch = false, Vector3? aboutPoint = null, Vector3? aboutEdge = null) where T : Mobject =>
        m.RescaleToFit(height, 1, stretch, aboutPoint, aboutEdge);
    /// <summary>Sets the depth (uniform scale unless <paramref name="stretch"/>).</summary>
    public static T SetDepth<T>(this T m, double depth, bool stretch = false, Vector3? aboutPoint = null, Vector3? aboutEdge = null) where T : Mobject =>
        m.RescaleToFit(depth, 2, stretch, aboutPoint, aboutEdge);

    /// <summary>Shrinks (never grows) to at most <paramref name="maxWidth"/> wide.</summary>
    public static T SetMaxWidth<T>(this T m, double maxWidth) where T : Mobject => m.GetWidth() > maxWidth ? m.SetWidth(maxWidth) : m;
    /// <summary>Shrinks (never grows) to at most <paramref name="maxHeight"/> tall.</summary>
    public static T SetMaxHeight<T>(this T m, double maxHeight) where T : Mobject => m.GetHeight() > maxHeight ? m.SetHeight(maxHeight) : m;

    /// <summary>Stretches each given dimension to the given size.</summary>
    public static T SetShape<T>(this T m, double? width = null, double? height = null, double? depth = null) where T : Mobject
    {
        if (width is double w) m.SetWidth(w, stretch: true);
        if (height is double h) m.SetHeight(h, stretch: true);
        if (depth is double d) m.SetDepth(d, stretch: true);
        return m;
    }

    /// <summary>Matches <paramref name="other"/>'s width.</summary>
    public static T MatchWidth<T>(this T m, Mobject other, bool stretch = false) where T : Mobject => m.SetWidth(other.GetWidth(), stretch);
    /// <summary>Matches <paramref name="other"/>'s height.</summary>
    public static T MatchHeight<T>(this T m, Mobject other, bool stretch = false) where T : Mobject => m.SetHeight(other.GetHeight(), stretch);
    /// <summary>Matches <paramref name="other"/>'s depth.</summary>
    public static T MatchDepth<T>(this T m, Mobject other, bool stretch = false) where T : Mobject => m.SetDepth(other.GetDepth(), stretch);

    /// <summary>Scales to match <paramref name="target"/> along <paramref name="dimToMatch"/> (or stretches all dimensions) and moves onto its centre.</summary>
    public static T Replace<T>(this T m, Mobject target, int dimToMatch = 0, bool stretch = false) where T : Mobject
    {
        if (stretch)
        {
            for (int d = 0; d < 3; d++)
                if (target.LengthOverDim(d) > 0 && m.LengthOverDim(d) > 0) m.RescaleToFit(target.LengthOverDim(d), d, stretch: true);
        }
        else
        {
            m.RescaleToFit(target.LengthOverDim(dimToMatch), dimToMatch);
        }
        return m.MoveTo(target.GetCenter());
    }

    /// <summary>
    /// Fits around <paramref name="target"/> with a margin of <paramref name="buff"/>. Rectangles set their
    /// width and height to the target's plus twice the buff; other mobjects scale like <see cref="Replace{T}"/>.
    /// </summary>
    public static T Surround<T>(this T m, Mobject target, int dimToMatch = 0, bool stretch = false, double? buff = null) where T : Mobject
    {
        m.SurroundCore(target, dimToMatch, stretch, buff);
        return m;
    }

    /// <summary>Places each child next to the previous one in <paramref name="direction"/>, then (by default) centres the group at the origin.</summary>
    public static T Arrange<T>(this T m, Vector3? direction = null, bool center = true, double buff = DefaultMobjectToMobjectBuffer,
        Vector3? alignedEdge = null) where T : Mobject
    {
        var dir = direction ?? Directions.Right;
        for (int i = 1; i < m.Submobjects.Count; i++)
            m.Submobjects[i].NextTo(m.Submobjects[i - 1], dir, buff, alignedEdge);
        if (center) m.Center();
        return m;
    }

    /// <summary>
    /// Lays children out in a grid: cells as wide as the widest child plus the horizontal gap and as tall as the tallest
    /// plus the vertical gap; child k goes to column k mod columns, row k div columns (rows fill first by default); then centres.
    /// </summary>
    public static T ArrangeInGrid<T>(this T m, int? nRows = null, int? nCols = null, double? buff = null, double? hBuff = null,
        double? vBuff = null, double? buffRatio = null, double hBuffRatio = 0.5, double vBuffRatio = 0.5,
        Vector3? alignedEdge = null, bool fillRowsFirst = true) where T : Mobject
    {
        var subs = m.Submobjects;
        int n = subs.Count;
        if (n == 0) return m;
        int rows, cols;
        if (nRows is null && nCols is null)
        {
            rows = (int)Math.Round(Math.Sqrt(n));
            cols = (n + rows - 1) / rows;
        }
        else
        {
            rows = nRows ?? (n + nCols!.Value - 1) / nCols.Value;
            cols = nCols ?? (n + rows - 1) / rows;
        }
        if (buffRatio is double br) hBuffRatio = vBuffRatio = br;
        if (buff is double b) hBuff = vBuff = b;
        double hb = hBuff ?? hBuffRatio * subs[0].GetWidth();
        double vb = vBuff ?? vBuffRatio * subs[0].GetHeight();
        double cellW = subs.Max(s => s.GetWidth()) + hb;
        double cellH = subs.Max(s => s.GetHeight()) + vb;
        var edge = alignedEdge ?? Vector3.Zero;
        for (int k = 0; k < n; k++)
        {
            int row = fillRowsFirst ? k / cols : k % rows;
            int col = fillRowsFirst ? k % cols : k / rows;
            var cellCenter = new Vector3((float)(col * cellW), (float)(-row * cellH), 0);
            var anchor = cellCenter + new Vector3((float)(edge.X * cellW / 2), (float)(edge.Y * cellH / 2), 0);
            subs[k].MoveTo(anchor, edge);
        }
        return m.Center();
    }

    /// <summary>A grid of copies of a vector mobject (see <see cref="ArrangeInGrid{T}"/>).</summary>
    public static VGroup<T> GetGrid<T>(this T m, int nRows, int nCols, double? buff = null, double? hBuff = null, double? vBuff = null,
        double? buffRatio = null, double hBuffRatio = 0.5, double vBuffRatio = 0.5, Vector3? alignedEdge = null,
        bool fillRowsFirst = true) where T : VMobject =>
        m.Replicate(nRows * nCols).ArrangeInGrid(nRows, nCols, buff, hBuff, vBuff, buffRatio, hBuffRatio, vBuffRatio, alignedEdge, fillRowsFirst);

    /// <summary>Reorders children by a function of their box centres (stable; x by default).</summary>
    public static T Sort<T>(this T m, Func<Vector3, double>? key = null) where T : Mobject
    {
        key ??= p => p.X;
        var sorted = m.Submobjects.OrderBy(s => key(s.GetCenter())).ToList();
        m.Submobjects.Clear();
        m.Submobjects.AddRange(sorted);
        return m;
    }

    /// <summary>Shuffles children with the given random source.</summary>
    public static T Shuffle<T>(this T m, Random random) where T : Mobject
    {
        var arr = m.Submobjects.ToArray();
        random.Shuffle(arr);
        m.Submobjects.Clear();
        m.Submobjects.AddRange(arr);
        return m;
    }
}
