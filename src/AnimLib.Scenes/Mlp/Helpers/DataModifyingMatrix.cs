using System.Numerics;
using static AnimLib.Anim;
using static AnimLib.Directions;

namespace AnimLib.Scenes.Mlp;

/// <summary>
/// The chapter's picture of weights being learned from data: a shower of faint "Data" words streams diagonally across
/// a matrix while its entries roll to new random values.
/// </summary>
public static class DataModifyingMatrix
{
    /// <summary>
    /// Plays, in one <c>Play</c> of <paramref name="runTime"/> seconds, a lagged stream of <c>wordShape.Rows × wordShape.Cols</c>
    /// flying "Data" words over <paramref name="matrix"/> together with <see cref="RandomizeMatrixEntries"/> on it.
    /// </summary>
    /// <param name="scene">The scene that plays the animations (its <c>Random</c> draws the new entries).</param>
    /// <param name="matrix">The matrix whose entries change.</param>
    /// <param name="wordShape">Rows and columns of the grid of starting points.</param>
    /// <param name="alphaMaxes">How far down (rows) and across (columns) the grid of starting points reaches, as fractions
    /// of the matrix's height and width.</param>
    /// <param name="shiftVect">How far each word travels; <c>2·Down + Right</c> by default.</param>
    /// <param name="runTime">Length of the whole play.</param>
    /// <param name="fixInFrame">Draw the words ignoring the camera (for scenes whose camera has moved).</param>
    /// <param name="fontSize">Font size of the words.</param>
    public static void Play(Scene scene, WeightMatrix matrix, (int Rows, int Cols)? wordShape = null, (double Rows, double Cols)? alphaMaxes = null,
        Vector3? shiftVect = null, double runTime = 3, bool fixInFrame = false, double fontSize = 48)
    {
        ArgumentNullException.ThrowIfNull(scene);
        scene.Play(GetAnimations(matrix, scene.Random, wordShape, alphaMaxes, shiftVect, runTime, fixInFrame, fontSize));
    }

    /// <summary>
    /// The two animations <see cref="Play"/> plays: the lagged "Data" words (rescaled to <paramref name="runTime"/>) and the
    /// re-randomising of the entries, for scenes that want to play them alongside other animations.
    /// </summary>
    public static Animation[] GetAnimations(WeightMatrix matrix, Random random, (int Rows, int Cols)? wordShape = null,
        (double Rows, double Cols)? alphaMaxes = null, Vector3? shiftVect = null, double runTime = 3, bool fixInFrame = false,
        double fontSize = 48)
    {
        ArgumentNullException.ThrowIfNull(matrix);
        ArgumentNullException.ThrowIfNull(random);
        var (nRows, nCols) = wordShape ?? (5, 10);
        if (nRows <= 0 || nCols <= 0) throw new ArgumentOutOfRangeException(nameof(wordShape), wordShape, "The word grid needs at least one row and column.");
        var (rowMax, colMax) = alphaMaxes ?? (0.7, 0.9);
        var vect = shiftVect ?? 2 * Down + Right;

        var ul = matrix.GetCorner(UL);
        var right = matrix.GetCorner(UR) - ul;
        var down = matrix.GetCorner(DL) - ul;
        float z = matrix.GetCenter().Z;
        var flights = new List<Animation>(nRows * nCols);
        // Column by column, left to right, top to bottom within a column, as the chapter orders them.
        foreach (double colAlpha in Linspace(0, colMax, nCols))
        {
            foreach (double rowAlpha in Linspace(0, rowMax, nRows))
            {
                var point = ul + (float)colAlpha * right + (float)rowAlpha * down;
                point.Z = z;
                flights.Add(DataFlyingAnimation(point, vect, fontSize: fontSize, fixInFrame: fixInFrame));
            }
        }
        var words = LaggedStart(flights, lagRatio: 1.0 / flights.Count, runTime: runTime);
        var randomize = new RandomizeMatrixEntries(matrix, random).With(runTime: runTime);
        return [words, randomize];
    }

    /// <summary>
    /// A grey "Data" word that travels linearly from <paramref name="point"/> to <c>point + vect</c> while it fades in and
    /// out (peak opacity <paramref name="maxOpacity"/>), and is removed at the end.
    /// </summary>
    public static Animation DataFlyingAnimation(Vector3 point, Vector3 vect, Color? color = null, double maxOpacity = 0.75,
        double fontSize = 48, bool fixInFrame = false)
    {
        var word = new Text("Data", fontSize, color: color ?? Palette.GreyC);
        if (fixInFrame) word.FixInFrame();
        var animation = UpdateFromAlphaFunc(word, (m, a) =>
        {
            m.MoveTo(point + (float)a * vect);
            m.SetOpacity(RateFunctions.ThereAndBack(a) * maxOpacity);
        });
        animation.Remover = true;
        return animation;
    }

    private static IEnumerable<double> Linspace(double start, double end, int count)
    {
        if (count == 1)
        {
            yield return start;
            yield break;
        }
        for (int i = 0; i < count; i++) yield return start + (end - start) * i / (count - 1);
    }
}
