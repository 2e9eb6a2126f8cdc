using static AnimLib.Anim;
using static AnimLib.Directions;
using static AnimLib.Palette;

namespace AnimLib.Scenes.Mlp;

/// <summary>
/// A preview of the MLP's steps: the structure (Linear, ReLU, Linear) is "Easy", the emergent behaviour "Exceedingly
/// challenging" while data re-randomises both matrices; that title is struck out for a "Motivating Toy Example", where
/// one row of the up-projection and one column of the down-projection stand for "Michael Jordan" and "plays Basketball".
/// </summary>
public sealed class MLPStepsPreview : Scene
{
    /// <inheritdoc/>
    protected override void Construct()
    {
        // Setup framing
        var background = new FullScreenRectangle();
        var frames = new Rectangle(7, 3.25).Replicate(2);
        var topFrame = frames[0];
        var lowFrame = frames[1];
        frames.Arrange(Down, buff: 0.5);
        frames.ToEdge(Left);
        frames.SetFill(Black, 1);
        frames.SetStroke(White, 2);

        var titles = new VGroup<VGroup<Text>>(
            new VGroup<Text>(new Text("Structure:"), new Text("Easy")),
            new VGroup<Text>(new Text("Emergent behavior:"), new Text("Exceedingly challenging")));
        foreach (var (title, frame, color) in titles.Members.Zip(frames.Members, new[] { Green, Red }))
        {
            title.Scale(2);
            foreach (var part in title) part.SetMaxWidth(6);
            title.Arrange(Down, buff: 0.5, alignedEdge: Left);
            title.NextTo(frame, Right, buff: 0.5);
            title[1].SetColor(color);
        }
        titles[0].SaveState();
        topFrame.SaveState();
        topFrame.SetShape(8, 6).Center().ToEdge(Left);
        titles[0].NextTo(topFrame, Right, buff: 0.5);

        Add(background);
        Add(topFrame);
        Add(titles[0][0]);

        // Add all steps
        var arrows = new Vector(2.2f * Right).GetGrid(1, 3, buff: 0.25);
        arrows.MoveTo(topFrame);

        var upProj = new WeightMatrix(shape: (10, 6), random: Random);
        var downProj = new WeightMatrix(shape: (6, 10), random: Random);
        new VGroup(upProj, downProj).MatchWidth(arrows[0]);
        upProj.NextTo(arrows[0], Up, buff: Constants.MedSmallBuff);
        downProj.NextTo(arrows[2], Up, buff: Constants.MedSmallBuff);

        var axes = new Axes((-4, 4), (0, 4));
        var graph = axes.GetGraph(x => Math.Max(0, x));
        graph.SetStroke(Yellow, 5);
        var plot = new VGroup(axes, graph);
        plot.SetWidth(arrows[0].GetWidth() * 0.75);
        plot.NextTo(arrows[1], Up, buff: Constants.MedSmallBuff);

        var labels = new VGroup<Text>(new[] { "Linear", "ReLU", "Linear" }.Select(s => new Text(s)));
        foreach (var (label, arrow) in labels.Zip(arrows))
            label.NextTo(arrow, Down);

        var structure = new VGroup(arrows, labels, new VGroup(upProj, plot, downProj));

        Play(
            LaggedStartMap(GrowArrow, arrows, lagRatio: 0.5),
            LaggedStartMap(l => FadeIn(l, shift: 0.5f * Right), labels, lagRatio: 0.5),
            Write(titles[0][1]));
        Play(LaggedStart(
            [FadeIn(upProj, shift: 0.5f * Up), FadeIn(downProj, shift: 0.5f * Up)],
            lagRatio: 0.5));
        Play(FadeIn(plot, lagRatio: 1e-2));
        Wait(3);

        // Reference emergent structure
        var topFrameSaved = topFrame.SavedState!;
        Play(
            Restore(topFrame),
            Restore(titles[0]),
            structure.Animate().SetWidth(0.9 * topFrameSaved.GetWidth()).MoveTo(topFrameSaved),
            FadeIn(lowFrame, Down),
            FadeIn(titles[1][0], Down));
        Play(Write(titles[1][1], strokeColor: Red));

        // Data flying
        foreach (var matrix in new[] { upProj, downProj })
            DataModifyingMatrix.Play(this, matrix, fontSize: 16, shiftVect: 0.5f * Down + 0.5f * Right, wordShape: (5, 5));
        Wait();

        // Swap out for toy example
        var toyExampleTitle = new Text("Motivating Toy Example", fontSize: 54);
        toyExampleTitle.NextTo(titles[1][0], Down, Constants.MedLargeBuff, alignedEdge: Left);
        var strike = new Line().Replace(titles[1][0]);
        strike.SetStroke(Red, 8);

        var lowMatrices = new VGroup<WeightMatrix>(upProj, downProj);
        var topMatrices = lowMatrices.Copy();
        var lowTarget = lowMatrices.GenerateTarget();
        lowTarget.Scale(1.75).Arrange(Right, buff: 0.5);
        lowTarget.MoveTo(lowFrame, Down).Shift((float)Constants.MedSmallBuff * Up);

        Play(
            ShowCreation(strike),
            FadeOut(titles[1][1]),
            titles[1][0].Animate().SetOpacity(0.5));
        Add(topMatrices);
        Play(
            MoveToTarget(lowMatrices),
            FadeIn(toyExampleTitle, Down));
        Wait();

        // Write down fact
        var rowRect = new SurroundingRectangle(lowMatrices[0].GetRows()[0], buff: 0.1);
        var colRect = new SurroundingRectangle(lowMatrices[1].GetColumns()[0], buff: 0.1);
        new VGroup(rowRect, colRect).SetStroke(White, 1);

        var fact = new Text("Michael Jordan plays Basketball", fontSize: 36);
        fact.NextTo(frames[1].GetTop(), Down);
        fact.AlignTo(lowMatrices, Left);
        var mj = fact["Michael Jordan"];
        var bb = fact["plays Basketball"];
        var mjBrace = new Brace(mj, Down, buff: 0.1);
        var bbBrace = new Brace(bb, Down).MatchY(mjBrace);
        // The seed builds this arrow too but never shows it.
        _ = new Arrow(rowRect, mjBrace, buff: 0.05);
        var bbArrow = new Arrow(colRect.GetTop(), bbBrace, buff: 0.05);

        var rowCover = new BackgroundRectangle(lowMatrices[0].GetRows()[1..], buff: 0.05);
        var colCover = new BackgroundRectangle(lowMatrices[1].GetColumns()[1..], buff: 0.05);
        new VGroup(rowCover, colCover).SetFill(Black, 0.75);

        Play(LaggedStart(
            FadeIn(rowCover),
            FadeIn(rowRect),
            GrowFromCenter(mjBrace),
            FadeIn(mj, 0.5f * Up)));
        Play(
            FadeIn(colCover),
            FadeIn(colRect),
            GrowArrow(bbArrow),
            GrowFromCenter(bbBrace),
            FadeIn(bb, 0.5f * Up));

        Add(lowMatrices[0], lowMatrices[1], rowCover, colCover, rowRect, colRect);
        Play(
            new RandomizeMatrixEntries(lowMatrices[0], Random),
            new RandomizeMatrixEntries(lowMatrices[1], Random));
        Wait();
    }
}
