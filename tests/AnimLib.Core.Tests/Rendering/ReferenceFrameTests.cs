using AnimLib.Core.Tests.Support;
using AnimLib.Rendering;
using static AnimLib.Anim;
using static AnimLib.Directions;
using static AnimLib.Palette;

namespace AnimLib.Core.Tests.Rendering;

/// <summary>Whole frames at 854x480 compared with reference PNGs (see <see cref="ReferenceImages"/> for the tolerance).</summary>
public class ReferenceFrameTests
{
    private static FrameBuffer RenderFinal(Action<LambdaScene> body) => LambdaScene.RenderFinalFrame(body);

    [Fact]
    public void BasicShapes()
    {
        var frame = RenderFinal(s =>
        {
            var shapes = new VGroup(
                new Circle().SetFill(Blue, 0.5),
                new Square().SetStroke(Yellow, 6),
                new Triangle().SetFill(Red, 1).SetStroke(width: 0),
                new RoundedRectangle(width: 2.5, height: 1.5).SetFill(Green, 0.3),
                new Annulus(innerRadius: 0.5, outerRadius: 1).SetFill(Teal, 1));
            shapes.Arrange(Right, buff: 0.4).ToEdge(Up);
            var lines = new VGroup(
                new Line(Left * 2, Right * 2).SetStroke(GreyA, 4),
                new DashedLine(Left * 2, Right * 2),
                new Arrow(Left * 2, Right * 2),
                new Line(Left * 2, Right * 2, pathArc: Math.PI / 3).SetStroke(Pink, 3));
            lines.Arrange(Down, buff: 0.4).NextTo(shapes, Down, buff: 0.6).Shift(Left * 3.5f);
            var dots = new VGroup(Enumerable.Range(0, 5).Select(i => new Dot(radius: 0.05 + 0.03 * i)));
            dots.Arrange(Right).NextTo(lines, Right, buff: 1);
            var poly = new RegularPolygon(6).SetStroke(Orange, 4).NextTo(dots, Right, buff: 0.8);
            s.Add(shapes, lines, dots, poly);
        });
        ReferenceImages.AssertMatches(frame, nameof(ReferenceFrameTests));
    }

    [Fact]
    public void MidTransformSquareToCircle()
    {
        var frame = RenderFinal(s =>
        {
            var square = new Square().SetFill(Blue, 0.5);
            var circle = new Circle().SetStroke(Yellow, 4).Shift(Right * 2);
            s.Add(square);
            var t = Transform(square, circle);
            t.Begin();
            t.Interpolate(0.5);
        });
        ReferenceImages.AssertMatches(frame, nameof(ReferenceFrameTests));
    }

    [Fact]
    public void StylesBackstrokeAndOpacity()
    {
        var frame = RenderFinal(s =>
        {
            var back = new Rectangle(width: 8, height: 3).SetFill(GreyBrown, 1).SetStroke(width: 0);
            var ring = new Circle(radius: 1.2).SetStroke(White, 12).SetFill(BlueE, 1).SetBackstroke(Black, 20);
            var faded = new Square(sideLength: 2.5).SetFill(Red, 0.5).SetStroke(Red, 4, opacity: 0.5).Shift(Right * 2);
            var tapered = new Line(Left * 6, Left * 2).SetStroke(new double[] { 0, 12, 0 }, Yellow);
            tapered.InsertNCurves(20);
            s.Add(back, ring, faded, tapered);
        });
        ReferenceImages.AssertMatches(frame, nameof(ReferenceFrameTests));
    }
}
