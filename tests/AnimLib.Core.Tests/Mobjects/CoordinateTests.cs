using System.Numerics;
using AnimLib.Core.Tests.Support;
using static AnimLib.Anim;
using static AnimLib.Directions;
using static AnimLib.Palette;

namespace AnimLib.Core.Tests.Mobjects;

public class CoordinateTests
{
    private const int P = 4;

    [Fact]
    public void NumberLineMapsNumbersAndHasTicks()
    {
        var line = new NumberLine();
        Assert.Equal(16, line.GetLength(), P);
        Assert.Equal(17, line.Ticks.Count);
        TestShapes.AssertClose(Vector3.Zero, line.N2P(0));
        TestShapes.AssertClose(Right * 3, line.N2P(3));
        Assert.Equal(-2.5, line.P2N(new Vector3(-2.5f, 1, 0)), P);
        Assert.Equal(0.2, line.Ticks[0].GetHeight(), P);
        Assert.Equal(-8, line.Ticks[0].GetX(), P);
        Assert.Equal(GreyB, line.StrokeColor);
        Assert.Equal(2, line.StrokeWidth);
        TestShapes.AssertClose(Left * 8, line.GetStart());
        TestShapes.AssertClose(Right * 8, line.GetEnd());
    }

    [Fact]
    public void NumberLineWithWidthAndStep()
    {
        var line = new NumberLine((0, 10, 2), width: 5);
        Assert.Equal(0.5, line.GetUnitSize(), P);
        Assert.Equal(6, line.Ticks.Count);
        TestShapes.AssertClose(Left * 2.5f, line.N2P(0));
        TestShapes.AssertClose(Right * 2.5f, line.N2P(10));
        line.Rotate(Math.PI / 2).Shift(Up);
        TestShapes.AssertClose(new Vector3(0, 1, 0), line.N2P(5));
        Assert.Equal(8, line.P2N(line.N2P(8)), P);
        var copy = line.Copy();
        Assert.Same(copy.Ticks, copy[0]);
        Assert.Throws<ArgumentException>(() => new NumberLine((3, 3)));
    }

    [Fact]
    public void AxesCentreTheirBoundingBox()
    {
        var axes = new Axes((-4, 4), (0, 4));
        // Box: x in [-4, 4]; y from the x axis' ticks (-0.1) to 4, so the data origin sits 1.95 below the scene origin.
        TestShapes.AssertClose(new Vector3(0, -1.95f, 0), axes.GetOrigin());
        TestShapes.AssertClose(new Vector3(1, -0.95f, 0), axes.C2P(1, 1));
        Assert.Equal(8, axes.GetXAxis().GetLength(), P);
        Assert.Equal(4, axes.GetYAxis().GetLength(), P);
        Assert.Equal(9, axes.XAxis.Ticks.Count);
        Assert.Equal(5, axes.YAxis.Ticks.Count);
        Assert.Equal(0.2, axes.YAxis.Ticks[0].GetWidth(), P);
    }

    [Theory]
    [InlineData(0.0, 0.0)]
    [InlineData(1.5, -2.25)]
    [InlineData(-3.0, 3.5)]
    [InlineData(7.0, 9.0)]
    public void AxesRoundTripPointsAndCoordinates(double x, double y)
    {
        var axes = new Axes((-4, 4), (-1, 4), width: 6, height: 3);
        axes.Shift(new Vector3(1.5f, -0.5f, 0));
        var p = new Vector3((float)x, (float)y, 0);
        var (cx, cy) = axes.P2C(p);
        TestShapes.AssertClose(p, axes.C2P(cx, cy));
        var q = axes.C2P(x, y);
        var back = axes.P2C(q);
        Assert.Equal(x, back.X, P);
        Assert.Equal(y, back.Y, P);
        Assert.Equal(0.75, (axes.C2P(1, 0) - axes.C2P(0, 0)).X, P);
        Assert.Equal(0.6, (axes.C2P(0, 1) - axes.C2P(0, 0)).Y, P);
    }

    [Fact]
    public void AxesFollowScalingAndCopying()
    {
        var axes = new Axes((-4, 4), (-1, 4));
        axes.SetWidth(6).MoveTo(Right * 2);
        var copy = axes.Copy();
        Assert.Same(copy.XAxis, copy[0]);
        Assert.Same(copy.YAxis, copy[1]);
        var p = new Vector3(1.25f, 0.5f, 0);
        var (x, y) = axes.P2C(p);
        TestShapes.AssertClose(p, axes.C2P(x, y));
        TestShapes.AssertClose(axes.C2P(2, 3), copy.C2P(2, 3));
    }

    private static double TangentAngle(Vector3 from, Vector3 to) => Math.Atan2(to.Y - from.Y, to.X - from.X);

    [Fact]
    public void ReluWithADiscontinuityHasACornerAtZero()
    {
        var axes = new Axes((-4, 4), (-1, 4));
        var relu = axes.GetGraph(x => Math.Max(0, x), discontinuities: [0]);
        // The two pieces meet 2e-8 apart (closer than float precision), so they form one path with a corner.
        var origin = axes.C2P(0, 0);
        int curve = Enumerable.Range(0, relu.CurveCount).First(i => Vector3.Distance(relu.Points[4 * i + 3], origin) < 1e-4);
        Assert.Equal(19, curve);
        double incoming = TangentAngle(relu.Points[4 * curve + 2], relu.Points[4 * curve + 3]);
        double outgoing = TangentAngle(relu.Points[4 * curve + 4], relu.Points[4 * curve + 5]);
        Assert.Equal(0, incoming, 3);
        Assert.Equal(Math.PI / 4, outgoing, 3);
        // Samples every step / 5 = 0.2: 20 curves on each side.
        Assert.Equal(40, relu.CurveCount);
        Assert.Equal(2, relu.UnderlyingFunction(2));
        TestShapes.AssertClose(axes.C2P(2, 2), axes.InputToGraphPoint(2, relu));
    }

    [Fact]
    public void ReluWithoutDiscontinuitiesIsSmoothedThroughZero()
    {
        var axes = new Axes((-4, 4), (-1, 4));
        var relu = axes.GetGraph(x => Math.Max(0, x));
        Assert.Single(relu.GetSubpaths());
        var origin = axes.C2P(0, 0);
        int curve = Enumerable.Range(0, relu.CurveCount).First(i => Vector3.Distance(relu.Points[4 * i + 3], origin) < 1e-4);
        double incoming = TangentAngle(relu.Points[4 * curve + 2], relu.Points[4 * curve + 3]);
        double outgoing = TangentAngle(relu.Points[4 * curve + 4], relu.Points[4 * curve + 5]);
        Assert.Equal(incoming, outgoing, 3);
        Assert.True(incoming > 0.05 && incoming < Math.PI / 4 - 0.05, $"the kink is rounded: tangent {incoming}");
    }

    [Fact]
    public void GraphDrawsWithShowCreation()
    {
        var axes = new Axes((-4, 4), (-1, 4));
        var relu = axes.GetGraph(x => Math.Max(0, x), discontinuities: [0]).SetStroke(Yellow, 4);
        var anim = ShowCreation(relu);
        anim.Begin();
        Assert.True(relu.GetArcLength() < 1e-6);
        anim.Interpolate(0.5);
        TestShapes.AssertClose(axes.C2P(0, 0), relu.Points[^1], 1e-3f);
        anim.Finish();
        TestShapes.AssertClose(axes.C2P(4, 4), relu.Points[^1], 1e-3f);
    }

    [Fact]
    public void NumberPlaneHasMainAndFadedLines()
    {
        var plane = new NumberPlane();
        // y lines at -4..4 step 0.2 (41: 9 main), x lines at -8..8 step 0.2 (81: 17 main).
        Assert.Equal(26, plane.BackgroundLines.Count);
        Assert.Equal(96, plane.FadedLines.Count);
        Assert.Equal(BlueD, plane.BackgroundLines[0].StrokeColor);
        Assert.Equal(2, plane.BackgroundLines[0].StrokeWidth);
        Assert.Equal(1, plane.FadedLines[0].StrokeWidth);
        Assert.Equal(0.5, plane.FadedLines[0].StrokeOpacity);
        Assert.Equal(White, plane.XAxis.StrokeColor);
        Assert.Empty(plane.XAxis.Ticks);
        Assert.Same(plane.FadedLines, plane[0]);
        Assert.Same(plane.BackgroundLines, plane[1]);
    }

    [Fact]
    public void NumberPlaneWithTheSeedsStyle()
    {
        var plane = new NumberPlane(unitSize: 2.5, axisConfig: new NumberLineConfig(StrokeWidth: 1),
            backgroundLineStyle: new LineStyle(BlueD, 1, 0.75), fadedLineRatio: 1);
        Assert.Equal(40, plane.GetWidth(), 3);
        Assert.Equal(20, plane.GetHeight(), 3);
        Assert.Equal(1, plane.XAxis.StrokeWidth);
        Assert.Equal(9 + 17, plane.BackgroundLines.Count);
        Assert.Equal(8 + 16, plane.FadedLines.Count);
        Assert.Equal(0.75, plane.BackgroundLines[0].StrokeOpacity);
        Assert.Equal(0.375, plane.FadedLines[0].StrokeOpacity);
        TestShapes.AssertClose(new Vector3(2.5f, 2.5f, 0), plane.C2P(1, 1));
    }

    [Fact]
    public void CoordinateLabelsSitUnderTicksAndBesideTheYAxis()
    {
        var axes = new Axes((-4, 4), (-1, 4));
        var labels = axes.AddCoordinateLabels(fontSize: 16);
        Assert.Same(labels, axes.CoordinateLabels);
        var xLabels = (VGroup)labels[0];
        var yLabels = (VGroup)labels[1];
        Assert.Equal(8, xLabels.Count);   // -4..4 without 0
        Assert.Equal(5, yLabels.Count);   // -1..4 without 0
        Assert.Same(xLabels, axes.XAxis.Numbers);
        Assert.Contains(xLabels, m => ReferenceEquals(m, xLabels[0]));
        var three = (DecimalNumber)xLabels.First(m => ((DecimalNumber)m).Value == 3);
        Assert.Equal("3", three.DisplayedText);
        Assert.Equal(axes.C2P(3, 0).X, three.GetX(), 3);
        Assert.Equal(axes.C2P(3, 0).Y - 0.25, three.GetTop().Y, 3);
        // A negative label centres its digits, not its minus sign, under the tick.
        var minusTwo = (DecimalNumber)xLabels.First(m => ((DecimalNumber)m).Value == -2);
        Assert.InRange(minusTwo[1].GetX() - axes.C2P(-2, 0).X, -0.02, 0.02);
        var yTwo = (DecimalNumber)yLabels.First(m => ((DecimalNumber)m).Value == 2);
        Assert.Equal(axes.C2P(0, 2).Y, yTwo.GetY(), 3);
        Assert.Equal(axes.C2P(0, 2).X - 0.25, yTwo.GetRight().X, 3);
        // Labels are part of the axes' family: they follow a resize.
        axes.SetWidth(6);
        Assert.Equal(axes.C2P(3, 0).X, three.GetX(), 3);
    }

    [Fact]
    public void NumberPlaneBendsAfterPreparingForNonlinearTransforms()
    {
        var plane = new NumberPlane((-2, 2), (-2, 2), fadedLineRatio: 0).PrepareForNonlinearTransform(10);
        var line = (VMobject)plane.BackgroundLines[0];
        Assert.Equal(11, line.CurveCount);
        plane.ApplyFunction(p => p + new Vector3(0, 0.1f * p.X * p.X, 0));
        // The bottom grid line (y = -2) now sags: its middle is lower than its ends.
        Assert.True(line.Points[^1].Y - line.PointFromProportion(0.5).Y > 0.3);
    }
}
