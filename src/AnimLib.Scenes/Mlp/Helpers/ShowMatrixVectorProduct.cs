using static AnimLib.Anim;
using static AnimLib.Directions;

namespace AnimLib.Scenes.Mlp;

/// <summary>
/// Plays a matrix-vector product row by row: "=" and an empty result vector appear, then for each row yellow boxes run
/// along the row and down the vector while the result entry counts up through the partial sums.
/// </summary>
public static class ShowMatrixVectorProduct
{
    /// <summary>
    /// Plays the product of <paramref name="matrix"/> and <paramref name="vector"/> (1 s for the "=" and brackets, 1 s per
    /// row that is not the dotted row, 1 s to clear the last boxes) and returns the "=" and the result vector.
    /// </summary>
    /// <param name="scene">The scene that plays the animations.</param>
    /// <param name="matrix">The matrix; its dotted row gets a dotted result slot without a product.</param>
    /// <param name="vector">The column vector to the right of the matrix.</param>
    /// <param name="buff">Gaps between the vector, "=" and the result.</param>
    /// <param name="xMax">Magnitude the result's columns are sized for.</param>
    /// <param name="fixInFrame">Draw "=" and the result ignoring the camera.</param>
    public static (Tex Eq, NumericEmbedding Rhs) Play(Scene scene, WeightMatrix matrix, DecimalMatrix vector, double buff = 0.25,
        double xMax = 999, bool fixInFrame = false)
    {
        ArgumentNullException.ThrowIfNull(scene);
        ArgumentNullException.ThrowIfNull(matrix);
        ArgumentNullException.ThrowIfNull(vector);
        var eq = new Tex("=");
        eq.SetWidth(0.5 * vector.GetWidth());
        int nRows = matrix.Shape.Rows;
        var ones = new double[nRows];
        Array.Fill(ones, xMax);
        var rhs = new NumericEmbedding(values: ones, valueRange: (-xMax, xMax), ellipsesRow: matrix.EllipsesRow, edgeToFix: System.Numerics.Vector3.Zero);
        // Entries of the result take the glyph size of the vector's entries.
        rhs.Scale(vector.GetEntries()[0].GetHeight() / rhs.GetEntries()[0].GetHeight());
        eq.NextTo(vector, Right, buff: buff);
        rhs.NextTo(eq, Right, buff: buff);
        if (fixInFrame)
        {
            eq.FixInFrame();
            rhs.FixInFrame();
        }

        scene.Play(FadeIn(eq), FadeIn(rhs.GetBrackets()));

        int? ellipsesRow = matrix.EllipsesRow is int r ? ((r % nRows) + nRows) % nRows : null;
        VGroup lastRects = new();
        var rows = matrix.GetRows();
        for (int n = 0; n < nRows; n++)
        {
            var entry = (VMobject)rhs[n];
            if (n == ellipsesRow)
                scene.Add(entry);
            else
                lastRects = RowVectorProduct(scene, rows[n], vector, (DecimalNumber)entry, lastRects, fixInFrame);
        }
        if (lastRects.Count > 0) scene.Play(FadeOut(lastRects));
        return (eq, rhs);
    }

    /// <summary>
    /// One row's step: boxes appear one by one around the row's elements and the vector's slots while
    /// <paramref name="entry"/> shows the running sum of products, and <paramref name="toFade"/> (the previous row's boxes)
    /// fades out. 1 s, linear. Returns this row's boxes.
    /// </summary>
    public static VGroup RowVectorProduct(Scene scene, VGroup row, DecimalMatrix vector, DecimalNumber entry, VGroup toFade, bool fixInFrame = false)
    {
        ArgumentNullException.ThrowIfNull(scene);
        ArgumentNullException.ThrowIfNull(row);
        ArgumentNullException.ThrowIfNull(vector);
        ArgumentNullException.ThrowIfNull(entry);
        var slots = vector.Submobjects.Take(vector.Submobjects.Count - 2).ToList();
        var rowRects = new VGroup(row.Select(GetRect));
        var vectRects = new VGroup(slots.Select(GetRect));
        if (fixInFrame)
        {
            rowRects.FixInFrame();
            vectRects.FixInFrame();
        }
        var partial = new List<double> { 0 };
        foreach (var (e1, e2) in row.Zip(slots))
        {
            // Ellipsis slots keep the value they were built with, so they count like any other (any plausible sum will do).
            double v1 = e1 is DecimalNumber d1 ? Math.Round(d1.Value, 1) : 0;
            double v2 = e2 is DecimalNumber d2 ? Math.Round(d2.Value, 1) : 0;
            partial.Add(partial[^1] + v1 * v2);
        }
        var anims = new List<Animation>
        {
            ShowIncreasingSubsets(rowRects),
            ShowIncreasingSubsets(vectRects),
            UpdateFromAlphaFunc(entry, (m, a) =>
                m.SetValue(partial[Math.Min((int)Math.Round(a * partial.Count, MidpointRounding.ToEven), partial.Count - 1)])),
        };
        if (toFade.Count > 0) anims.Add(FadeOut(toFade));
        scene.Play(anims, rateFunc: RateFunctions.Linear);
        return new VGroup(rowRects, vectRects);
    }

    private static VMobject GetRect(Mobject element) => new SurroundingRectangle(element, buff: 0.1).SetStroke(Palette.Yellow, 2);

    /// <summary>Shows the group's children cumulatively: at progress a, the first ⌊a·n⌋ of the n children.</summary>
    private static Animation ShowIncreasingSubsets(VGroup group)
    {
        var all = group.Submobjects.ToList();
        return UpdateFromAlphaFunc(group, (g, a) => g.SetSubmobjects(all.Take(Math.Min((int)(a * all.Count), all.Count))));
    }
}
