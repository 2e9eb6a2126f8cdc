using static AnimLib.Anim;
using static AnimLib.Directions;

namespace AnimLib.Scenes.Mlp;

/// <summary>
/// A tall stack of 9-entry row vectors (one row replaced by vertical dots) in big brackets, labelled "100-dimensional"
/// across the top and "10,000 vectors" down the side; the rows' numbers roll to new random values.
/// </summary>
public sealed class StackOfVectors : Scene
{
    /// <inheritdoc/>
    protected override void Construct()
    {
        // Set up the big matrix
        var rows = new VGroup<NumericEmbedding>(Enumerable.Range(0, 20)
            .Select(_ => new NumericEmbedding(shape: (1, 9), ellipsesCol: -5, valueRange: (-1, 1), random: Random)));
        rows.Arrange(Down);
        foreach (var row in rows)
        {
            row.GetBrackets()[0].AlignTo(rows, Left);
            row.GetBrackets()[1].AlignTo(rows, Right);
        }
        rows.SetHeight(6);
        rows.ToEdge(Down);
        rows[^2].Become(new Tex(@"\vdots").Replace(rows[^2], dimToMatch: 1));

        var brackets = new NumericEmbedding(shape: (20, 9), random: Random).GetBrackets();
        brackets.SetHeight(rows.GetHeight() + Constants.MedSmallBuff);
        brackets[0].NextTo(rows, Left, Constants.SmallBuff);
        brackets[1].NextTo(rows, Right, Constants.SmallBuff);

        var topBrace = new Brace(rows[0], Up);
        var topLabel = topBrace.GetText("100-dimensional");
        var sideBrace = new Brace(brackets, Left);
        var sideLabel = sideBrace.GetText("10,000\nvectors");

        Play([
            GrowFromCenter(topBrace),
            FadeIn(topLabel, lagRatio: 0.1),
            LaggedStartMap(r => FadeIn(r, shift: 0.25f * Down), rows, lagRatio: 0.1, runTime: 3),
            .. brackets.Select(b => (Animation)GrowFromCenter(b)),
        ]);
        Play(LaggedStart(Enumerable.Range(0, rows.Count - 2).Select(i => (Animation)new RandomizeMatrixEntries(rows[i], Random)), lagRatio: 0.05));
        Wait();

        // Label first vector
        Play(GrowFromCenter(sideBrace), FadeIn(sideLabel, lagRatio: 0.1));
        Wait(4);
    }
}
