using static AnimLib.Anim;

namespace AnimLib.Bench.Scenes;

/// <summary>
/// A 9x6 matrix of one-decimal numbers (uniform −10..10, seed 12345) in brackets, column gap 1.6, scaled to 7.2 units
/// tall; lagged FadeIn of brackets and entries (lag 0.02) over 2 s; three times: every entry changes to a new random
/// value over 1 s; then a 1 s wait. 6 s of video.
/// </summary>
/// <remarks>
/// The values come from <see cref="Random"/>, not numpy's generator, so they differ from Manim CE's run; the work (54
/// numbers of the same lengths rebuilt every frame) is the same.
/// </remarks>
public sealed class MatrixBench : Scene
{
    private const int Rows = 9, Cols = 6;

    /// <inheritdoc/>
    public override int RandomSeed => 12345;

    /// <inheritdoc/>
    protected override void Construct()
    {
        var values = new double[Rows, Cols];
        for (int i = 0; i < Rows; i++)
        for (int j = 0; j < Cols; j++)
            values[i, j] = NextValue();
        var matrix = new DecimalMatrix(values, numDecimalPlaces: 1, hBuff: 1.6);
        matrix.SetHeight(Constants.FrameHeight - 0.8);
        var entries = matrix.GetDecimalEntries();
        var brackets = matrix.GetBrackets();

        Play(LaggedStart([.. brackets.Submobjects.Concat(entries).Select(m => (Animation)FadeIn(m))], lagRatio: 0.02, runTime: 2));
        for (int k = 0; k < 3; k++)
            Play(AnimationGroup([.. entries.Select(e => (Animation)ChangeDecimalToValue(e, NextValue()))], runTime: 1));
        Wait(1);
    }

    private double NextValue() => Math.Round(Random.NextDouble() * 20 - 10, 1);
}
