using static AnimLib.Anim;
using static AnimLib.Constants;
using static AnimLib.Directions;
using static AnimLib.Palette;

namespace AnimLib.Scenes.Mlp;

/// <summary>
/// The MLP as three steps inside a "Multilayer Perceptron" box: an up-projection matrix, a ReLU graph and a
/// down-projection matrix between arrows; the first matrix is then read as rows R⃗ₖ, the hidden vector as dots of varying
/// brightness, and the second matrix as columns C⃗ₖ.
/// </summary>
public class BreakDownThreeSteps : BasicMLPWalkThrough
{
    /// <inheritdoc/>
    protected override void Construct()
    {
        // Add four vectors, spaced apart (only their positions are used)
        var vectors = new VGroup<NumericEmbedding>(new[] { 8, 16, 16, 8 }.Select(n => new NumericEmbedding(length: n, random: Random)));
        vectors.SetHeight(6);
        vectors.Arrange(Right, buff: 3.5);
        vectors[2].Shift(1.1f * Left);
        vectors[1].Shift(0.2f * Left);
        vectors.Shift(Down);
        foreach (var (e1, e2) in vectors[1].GetDecimalEntries().Zip(vectors[2].GetDecimalEntries()))
            e2.SetValue(Math.Max(e1.Value, 0));

        // Add arrows between them
        var arrows = new VGroup<Arrow>(vectors.Members.Zip(vectors.Members.Skip(1)).Select(p => new Arrow(p.First, p.Second)));
        arrows.Shift(Down);
        var eSym = new Tex(@"\vec{\textbf{E}}");
        eSym.NextTo(arrows[0], Left).Shift(0.1f * Up);
        foreach (var vect in vectors.Members)
        {
            vect.Scale(0.75);
            vect.Shift(0.25f * Up);
        }

        // Put matrices on outer two
        var upProj = new WeightMatrix(shape: (12, 6), random: Random);
        var downProj = new WeightMatrix(shape: (6, 11), random: Random);
        var matrices = new VGroup(upProj, downProj);
        matrices.Scale(0.25);
        upProj.NextTo(arrows[0], Up);
        downProj.NextTo(arrows[2], Up);

        // Put ReLU graph on the middle
        var axes = new Axes((-3, 3), (0, 3));
        var graph = axes.GetGraph(x => Math.Max(x, 0));
        graph.SetColor(Blue);
        var relu = new VGroup(axes, graph);
        relu.MatchWidth(arrows[1]);
        relu.NextTo(arrows[1], Up);

        // Full box
        var box = new SurroundingRectangle(new VGroup(arrows, matrices), buff: 1.0);
        box.SetStroke(White, 2);
        box.SetFill(GreyE, 1);
        var title = new Text("Multilayer Perceptron", fontSize: 60);
        title.NextTo(box, Up, SmallBuff);
        Add(box, title);

        // Animate them all in
        foreach (var matrix in new[] { upProj, downProj })
        {
            matrix.GetBrackets().SaveState();
            matrix.GetBrackets().Stretch(0, 0).SetOpacity(0);
        }
        Play([
            LaggedStartMap(a => GrowArrow(a), arrows.Members, lagRatio: 0.5),
            FadeIn(upProj.GetRows(), lagRatio: 0.1, timeSpan: (0.0, 1.5)),
            FadeIn(downProj.GetRows(), lagRatio: 0.1, timeSpan: (1.5, 3.0)),
            Restore(upProj.GetBrackets(), timeSpan: (0.0, 1.5)),
            Restore(downProj.GetBrackets(), timeSpan: (1.5, 3.0)),
            Write(relu, timeSpan: (1, 2)),
        ], runTime: 3);
        Wait();

        // Show row replacement on the first
        int nRowsShown = 8;
        var (_, rowLabels) = GetRowLabels(upProj, nRowsShown, "n-1");
        rowLabels.SetColor(Yellow);
        Play(
            FadeOut(upProj.GetRows(), lagRatio: 0.1),
            FadeIn(rowLabels, lagRatio: 0.1)
        );
        Wait();
        Play(rowLabels[0][0].Copy().Animate().Scale(2).NextTo(title, UL).Shift(2 * Left).SetOpacity(0));
        Wait();

        // Show the neurons
        var dots = new VGroup(vectors[2].GetColumns()[0].Select(entry => (VMobject)new Dot().SetFill(opacity: Random.NextDouble()).MoveTo(entry)));
        foreach (var dot in dots) dot.MatchX(dots[0]);
        dots.SetStroke(White, 1);
        Play(Write(dots));
        Wait();

        // Show column replacement on the second
        var colMatrix = GetColMatrix(downProj, 8);
        var colLabels = (VGroup)colMatrix[1];
        colLabels.SetColor(RedB);
        Play(
            FadeOut(downProj.GetColumns(), lagRatio: 0.1),
            FadeIn(colLabels, lagRatio: 0.1)
        );
        Wait();
        Play(colLabels[0][0].Copy().Animate().Scale(2).NextTo(title, UR).Shift(2 * Right).SetOpacity(0));
        Wait();
    }
}
