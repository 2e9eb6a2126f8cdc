using System.Numerics;
using MathNet.Numerics.Distributions;
using static AnimLib.Anim;
using static AnimLib.Directions;
using static AnimLib.Palette;

namespace AnimLib.Scenes.Demos;

/// <summary>
/// A tour of the animation toolkit: ReLU and GELU plotted on labelled axes, a dot driven along the GELU curve by a
/// <see cref="ValueTracker"/> with a redrawn dashed drop line and a live value, flashes and indications, a growing arrow,
/// a thought bubble, rotation, a path-following dot and a homotopy.
/// </summary>
public sealed class ToolkitDemo : Scene
{
    /// <inheritdoc/>
    protected override void Construct()
    {
        // Axes with both activation functions.
        var axes = new Axes((-4, 4), (-1, 4));
        axes.SetWidth(6).ToEdge(Left, buff: 0.6).Shift(Down * 0.3f);
        axes.AddCoordinateLabels(fontSize: 16);
        var relu = axes.GetGraph(x => Math.Max(0, x), discontinuities: [0]).SetStroke(Yellow, 4);
        var gelu = axes.GetGraph(x => x * Normal.CDF(0, 1, x)).SetStroke(Green, 4);
        var reluLabel = new Text("ReLU", fontSize: 30).SetColor(Yellow).MoveTo(axes.GetCorner(UL) + Right * 0.9f + Down * 0.2f);
        var geluLabel = new Text("GELU", fontSize: 30).SetColor(Green).NextTo(reluLabel, Down, buff: 0.2, alignedEdge: Left);

        Play(FadeIn(axes, shift: Right * 0.5f), ShowCreation(relu, runTime: 1.5), FadeIn(reluLabel));
        Play(ShowCreation(gelu), FadeIn(geluLabel, shift: Down * 0.2f));

        // An arrow points at ReLU's corner.
        var corner = axes.C2P(0, 0);
        var arrow = new Arrow(corner + new Vector3(-1.3f, 1.3f, 0), corner, buff: 0.1).SetColor(Red);
        var cornerLabel = new Text("corner at 0", fontSize: 24).SetColor(Red).NextTo(arrow.GetStart(), Up, buff: 0.1);
        Play(GrowArrow(arrow), FadeInFromPoint(cornerLabel, arrow.GetStart()));
        Play(Flash(corner, color: Red, flashRadius: 0.4), Indicate(reluLabel));

        // A dot rides the GELU curve, driven by a tracker; its drop line and value are rebuilt every frame.
        var tracker = new ValueTracker(-3);
        var dot = new Dot(radius: 0.1, color: White).FAlways((d, p) => d.MoveTo(p), () => axes.InputToGraphPoint(tracker.GetValue(), gelu));
        var drop = AlwaysRedraw(() => new DashedLine(dot.GetCenter(), axes.C2P(tracker.GetValue(), 0), dashLength: 0.08).SetStroke(GreyB, 2));
        var value = new DecimalNumber(0, numDecimalPlaces: 2, fontSize: 24)
            .FAlways((d, x) => d.SetValue(x * Normal.CDF(0, 1, x)), tracker.GetValue)
            .Always(d => d.NextTo(dot, UL, buff: 0.1));
        Play(GrowFromCenter(dot), VFadeIn(drop), FadeIn(value));
        Play(tracker.Animate().SetValue(2.5), runTime: 3);
        Play(FlashAround(value, timeWidth: 1.5, runTime: 1.5), FadeOutToPoint(cornerLabel, arrow.GetStart()), FadeOut(arrow));
        Play(tracker.Animate().SetValue(-1), runTime: 2);

        // A pulse runs along the GELU curve.
        var pulse = gelu.Copy().SetStroke(White, 8);
        pulse.InsertNCurves(60);
        Play(VShowPassingFlash(pulse, timeWidth: 0.4, runTime: 1.5), Indicate(geluLabel, color: White));

        // Right half: a thought bubble, a rotating square, a dot moving along an arc and a waving line.
        var bubble = new ThoughtBubble(fillerShape: (4, 1.6));
        bubble.Body.SetFill(GreyE, 0.9).SetStroke(White, 2);
        bubble.ToCorner(UR, buff: 0.3);
        var thought = bubble.AddContent(new Text("x · Φ(x)", fontSize: 36).SetColor(Green));
        Play(FadeIn(bubble, scale: 0.5));

        var square = new Square(1.2).SetFill(Blue, 0.6).SetStroke(BlueA, 3).Shift(Right * 2.2f + Down * 1.2f);
        var path = new Arc(Math.PI, -Math.PI, radius: 1.0).Shift(Right * 5.0f + Down * 1.2f).SetStroke(GreyC, 1);
        var rider = new Dot(path.GetStart(), color: Yellow);
        var wave = new Line(Right * 2 + Down * 3.2f, Right * 6.2f + Down * 3.2f).SetStroke(Teal, 4);
        wave.InsertNCurves(40);
        Play(GrowFromEdge(square, Down), ShowCreation(path), FadeIn(rider), ShowCreation(wave));
        Play(
            Rotate(square, Math.PI / 2, runTime: 2),
            MoveAlongPath(rider, path, runTime: 2),
            Homotopy((p, t) => p + new Vector3(0, (float)(0.3 * Math.Sin(3 * p.X - 2 * Math.PI * t) * Math.Sin(Math.PI * t)), 0), wave, runTime: 2),
            tracker.Animate().SetValue(1.5).SetAnimArgs(runTime: 2));
        Play(ShowCreationThenFadeOut(new Circle(radius: 0.9).SetStroke(Yellow, 3).MoveTo(square)), Indicate(thought), runTime: 1);
        Wait();
        Play(FadeOut(new Group(bubble, square, path, rider, wave)), VFadeOut(drop), FadeOut(value), FadeOut(dot));
        Wait(0.5);
    }
}

