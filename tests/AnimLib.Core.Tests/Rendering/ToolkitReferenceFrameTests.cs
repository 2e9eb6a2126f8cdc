using System.Numerics;
using AnimLib.Core.Tests.Support;
using AnimLib.Rendering;
using static AnimLib.Anim;
using static AnimLib.Directions;
using static AnimLib.Palette;

namespace AnimLib.Core.Tests.Rendering;

/// <summary>Mid-animation frames of the visual toolkit animations at 854x480 compared with reference PNGs.</summary>
public class ToolkitReferenceFrameTests
{
    private static readonly SceneSettings Settings = new(854, 480, 15);

    /// <summary>Adds what <paramref name="makeAnimations"/> animates, begins the animations and shows them at <paramref name="alpha"/>.</summary>
    private static FrameBuffer RenderAt(double alpha, Func<LambdaScene, Animation[]> makeAnimations)
    {
        var scene = new LambdaScene(s =>
        {
            foreach (var a in makeAnimations(s))
            {
                a.Begin();
                foreach (var m in a.GetMobjectsToAdd()) s.Add(m);
                a.Interpolate(alpha);
            }
        });
        scene.Run(Settings, new NullOutput());
        return SceneRenderer.RenderSnapshot(scene.TakeSnapshot());
    }

    [Fact]
    public void FlashAroundHalfWay()
    {
        var frame = RenderAt(0.5, s =>
        {
            var box = new Square(2).SetFill(Blue, 0.5);
            var circle = new Circle(radius: 0.8).Shift(Right * 3.5f);
            s.Add(box, circle);
            return [FlashAround(box, timeWidth: 1.5), FlashAround(circle, color: Teal, strokeWidth: 8)];
        });
        ReferenceImages.AssertMatches(frame, nameof(ToolkitReferenceFrameTests));
    }

    [Fact]
    public void VShowPassingFlashPulses()
    {
        var frame = RenderAt(0.4, s =>
        {
            var line = new Line(Left * 5, Right * 5).SetStroke(Yellow, 10);
            line.InsertNCurves(100);
            var arc = new Arc(0, Math.PI, radius: 2).Shift(Down * 2.5f).SetStroke(Red, 12);
            arc.InsertNCurves(60);
            var faint = line.Copy().SetStroke(GreyD, 2);
            s.Add(faint);
            return [VShowPassingFlash(line, timeWidth: 0.5), VShowPassingFlash(arc, timeWidth: 0.3, taperWidth: 0.1)];
        });
        ReferenceImages.AssertMatches(frame, nameof(ToolkitReferenceFrameTests));
    }

    [Fact]
    public void GrowArrowHalfWay()
    {
        var frame = RenderAt(0.5, s =>
        {
            var full = new Arrow(Left * 4 + Up, Right * 4 + Up).SetFill(GreyD);
            s.Add(full);
            return
            [
                GrowArrow(new Arrow(Left * 4 + Up, Right * 4 + Up, fillColor: Blue)),
                GrowArrow(new Arrow(Down * 2, Up * 0.5f + Right * 2, fillColor: Yellow)),
                GrowFromCenter(new Square(1.5).SetFill(Green, 0.7).Shift(Left * 4 + Down * 2)),
            ];
        });
        ReferenceImages.AssertMatches(frame, nameof(ToolkitReferenceFrameTests));
    }

    [Fact]
    public void PlaneAxesAndGraphs()
    {
        var frame = RenderAt(1, s =>
        {
            var plane = new NumberPlane((-4, 4), (-2, 2), unitSize: 0.8, axisConfig: new NumberLineConfig(StrokeWidth: 1),
                backgroundLineStyle: new LineStyle(BlueD, 1, 0.75), fadedLineRatio: 1).ToEdge(Left, buff: 0.3);
            var axes = new Axes((-4, 4), (-1, 4), width: 6).ToEdge(Right, buff: 0.4);
            axes.AddCoordinateLabels(fontSize: 16);
            var relu = axes.GetGraph(x => Math.Max(0, x), discontinuities: [0]).SetStroke(Yellow, 4);
            var parabola = plane.GetGraph(x => 0.25 * x * x - 1, xRange: (-3, 3)).SetStroke(Red, 3);
            s.Add(plane, axes, parabola);
            return [ShowCreation(relu)];
        });
        ReferenceImages.AssertMatches(frame, nameof(ToolkitReferenceFrameTests));
    }

    [Fact]
    public void PendulumWithTracedPath()
    {
        // A pendulum swinging for 2.2 s at 15 fps; its bob leaves a yellow trail that fades over 1.5 s.
        var pivot = new Vector3(0, 2.5f, 0);
        var frame = LambdaScene.RenderFinalFrame(s =>
        {
            Vector3 Bob() => pivot + 4 * new Vector3((float)Math.Sin(0.7 * Math.Cos(2.5 * s.Time)), -(float)Math.Cos(0.7 * Math.Cos(2.5 * s.Time)), 0);
            var rod = AlwaysRedraw(() => new Line(pivot, Bob(), strokeWidth: 3));
            var bob = new Dot(radius: 0.2, color: Red).AddUpdater(d => d.MoveTo(Bob()));
            var trail = new TracedPath(Bob, strokeWidth: 6, strokeColor: Yellow, dissipatingTime: 1.5);
            s.Add(trail, rod, bob, new Dot(pivot, color: GreyB));
            s.Wait(2.2);
        });
        ReferenceImages.AssertMatches(frame, nameof(ToolkitReferenceFrameTests));
    }

    [Fact]
    public void AxesWithTipsAndLabels()
    {
        var frame = LambdaScene.RenderFinalFrame(s =>
        {
            var axes = new Axes((-4, 4), (-2, 3), axisConfig: new NumberLineConfig(IncludeTip: true));
            var graph = axes.GetGraph(x => 0.15 * x * x - 1, color: Yellow);
            s.Add(axes, axes.GetAxisLabels(), graph, axes.GetXAxisLabel(new AnimLib.Mobjects.Text("time", fontSize: 32), direction: Up, buff: 0.15));
        });
        ReferenceImages.AssertMatches(frame, nameof(ToolkitReferenceFrameTests));
    }
}
