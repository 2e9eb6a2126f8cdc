using System.Numerics;
using static AnimLib.Anim;
using static AnimLib.Directions;
using static AnimLib.Palette;

namespace AnimLib.Scenes.Mlp;

/// <summary>
/// Why "Michael Jordan" is not linear: on a plane, the directions "First Name Michael" (yellow) and "Last Name Jordan"
/// (red) and their sum; an embedding vector is projected onto the sum direction (pink shadow, dashed drop and a live
/// value of <c>(M + J)·E</c>, scaled so the sum itself reads 2.0). The embedding visits Michael, Michael Jordan, Michael
/// Phelps, Alexis Jordan and an "(Other)" point, then the plane splits into a green "Yes" and a red "No" half-plane at
/// the threshold 1.7.
/// </summary>
public sealed class NonlinearityOfLanguage : Scene
{
    /// <inheritdoc/>
    protected override void Construct()
    {
        // Set up axes and M + J
        const double unitSize = 2.5;
        var plane = new NumberPlane(
            axisConfig: new NumberLineConfig(StrokeWidth: 1),
            backgroundLineStyle: new LineStyle(BlueD, 1, 0.75),
            fadedLineRatio: 1,
            unitSize: unitSize);
        var mVect = new Vector(Right * (float)unitSize).Rotate(60 * Constants.Degrees, aboutPoint: Origin);
        var jVect = mVect.Copy().Rotate(-90 * Constants.Degrees, aboutPoint: Origin);
        mVect.SetColor(Yellow);
        jVect.SetColor(Red);
        var mGhost = mVect.Copy().Shift(jVect.GetVector());
        var jGhost = jVect.Copy().Shift(mVect.GetVector());
        // The seed lowers only the stroke opacity, which a filled arrow does not draw: the ghosts stay opaque, as there.
        new VGroup(mGhost, jGhost).SetStroke(opacity: 0.25);
        var sumPoint = mGhost.GetEnd();

        var spanLine = new Line(-sumPoint, sumPoint);
        spanLine.SetLength(2 * Constants.FrameWidth);
        spanLine.SetStroke(White, 2, opacity: 0.5);

        Add(plane);
        Add(mVect, mGhost, jVect, jGhost);
        Add(spanLine);

        // Label vectors
        var mLabel = new Text("First Name Michael");
        var jLabel = new Text("Last Name Jordan");
        foreach (var (label, vect) in new[] { (mLabel, mVect), (jLabel, jVect) })
        {
            label.Scale(0.6);
            label.MatchColor(vect);
            var direction = MathF.Sign(vect.GetVector().Y) * Up;
            label.NextTo(Origin, direction, buff: 0.2, alignedEdge: Left);
            label.Rotate(vect.GetAngle(), aboutPoint: Origin);
            label.SetBackstroke(Black, 3);
        }
        Add(mLabel);
        Add(jLabel);

        // Add dot product expression
        var expr = new Tex(@"(\vec{\textbf{M}} + \vec{\textbf{J}}) \cdot \textbf{E}");
        expr[1..3].MatchColor(mVect);
        expr[4..6].MatchColor(jVect);
        expr.ToCorner(UL);
        Add(expr);

        // Set up embedding with dot product tracker
        var embPoint = new VectorizedPoint(UL * (float)unitSize);
        var emb = new Vector();
        emb.AddUpdater(m => m.PutStartAndEndOn(Origin, embPoint.GetCenter()));
        var normalizedSum = Vector3.Normalize(sumPoint);
        Vector3 GetLinePoint() => normalizedSum * Vector3.Dot(normalizedSum, embPoint.GetCenter());

        var shadow = new Line();
        shadow.SetStroke(Pink, 3);
        shadow.AddUpdater(m => m.PutStartAndEndOn(Origin, GetLinePoint())); // This is a long line
        var dot = new Dot();
        dot.SetFill(Pink, 1);
        dot.FAlways((d, p) => d.MoveTo(p), GetLinePoint);
        var dashedLine = AlwaysRedraw(() => new DashedLine(embPoint.GetCenter(), GetLinePoint()).SetStroke(Pink, 2));

        var dpDecimal = new DecimalNumber(fontSize: 36);
        dpDecimal.MatchColor(dot);
        dpDecimal.FAlways((d, v) => d.SetValue(v), () => Vector3.Dot(normalizedSum, embPoint.GetCenter()) * 2.0 / 3.535534);
        dpDecimal.Always(d => d.NextTo(dot, DR, buff: Constants.SmallBuff));
        Add(shadow, emb, dot, dashedLine, dpDecimal);

        embPoint.MoveTo(Origin + 0.01f * Up);
        foreach (var point in new[] { mVect.GetEnd(), mGhost.GetEnd(), jVect.GetEnd(), mGhost.GetEnd() })
            Play(embPoint.Animate().MoveTo(point), runTime: 3);

        // Set up names
        var names = new VGroup<Text>(
            new[] { "Michael Jordan", "Michael Phelps", "Alexis Jordan" }.Select(n => new Text(n, fontSize: 36)));
        Vector3[] namePoints = [sumPoint, mVect.GetEnd(), jVect.GetEnd()];
        foreach (var (name, point) in names.Zip(namePoints))
        {
            name.SetBackstroke(Black, 3);
            var direction = Right + MathF.Sign(point.Y) * Up;
            name.NextTo(point, direction, buff: 0.1);
        }

        // Go through names
        var nameMob = names[0].Copy();
        var nameGhosts = names.Copy().SetFill(opacity: 0.75).SetStroke(width: 0);
        Play(
            FadeIn(nameMob, 0.5f * Up),
            Rotate(embPoint, Constants.Tau, aboutPoint: embPoint.GetCenter() + 0.15f * DL, runTime: 4));
        Wait();

        Add(nameGhosts[0]);
        Play(
            Transform(nameMob, names[1]),
            embPoint.Animate().MoveTo(mVect.GetEnd()),
            runTime: 2);
        Wait();

        Add(nameGhosts[1]);
        Play(
            Transform(nameMob, names[2]),
            embPoint.Animate().MoveTo(jVect.GetEnd()).SetAnimArgs(pathArc: 30 * Constants.Degrees),
            runTime: 2);
        Add(nameGhosts[2]);
        Wait();

        // Show other names
        var otherPoint = spanLine.Pfp(0.45);
        var otherWord = new Text("(Other)", fontSize: 36);
        otherWord.SetFill(GreyB);
        otherWord.NextTo(otherPoint, UL, buff: 0);
        Play(
            embPoint.Animate().MoveTo(otherPoint),
            LaggedStart([FadeOut(nameMob), FadeIn(otherWord)], lagRatio: 0.5),
            runTime: 3);
        Wait();

        // Show "yes" vs. "no" regions
        var regions = new FullScreenRectangle().Scale(2).Replicate(2);
        regions.Arrange(Left, buff: 0);
        regions[0].SetFill(GreenB, 0.35);
        regions[1].SetFill(Red, 0.25);
        regions.Rotate(spanLine.GetAngle(), aboutPoint: Origin);
        regions.Shift(0.85f * sumPoint);

        var yesNoWords = new VGroup<Text>(
            new Text("Yes", fontSize: 72).SetFill(Green).ToCorner(UR),
            new Text("No", fontSize: 72).SetFill(Red).ToEdge(Up).Shift(Left));
        foreach (var (region, word) in regions.Zip(yesNoWords))
        {
            Play(FadeIn(region), FadeIn(word));
            Wait();
        }
    }
}
