using System.Numerics;
using AnimLib.Core.Tests.Support;
using static AnimLib.Anim;
using static AnimLib.Directions;
using static AnimLib.Palette;

namespace AnimLib.Core.Tests.Animations;

/// <summary>Every toolkit animation at alpha 0, 0.5 and 1 on simple mobjects (Smooth(0.5) = 0.5, so midpoints are exact).</summary>
public class ToolkitAnimationTests
{
    private const int P = 4;

    private static void AssertPoint(double x, double y, Vector3 actual, float tolerance = 1e-3f) =>
        TestShapes.AssertClose(new Vector3((float)x, (float)y, 0), actual, tolerance);

    private static Line Subdivided(int curves)
    {
        var line = new Line(Left * 2, Right * 2);
        line.InsertNCurves(curves - 1);
        return line;
    }

    [Fact]
    public void GrowFromPointScalesFromThePoint()
    {
        var box = TestShapes.Box(2, 2);
        var anim = GrowFromPoint(box, Right * 2, pointColor: Red);
        anim.Begin();
        Assert.True(box.GetWidth() < 1e-6);
        AssertPoint(2, 0, box.GetCenter());
        Assert.Equal(Red, box.StrokeColor);
        anim.Interpolate(0.5);
        Assert.Equal(1, box.GetWidth(), P);
        AssertPoint(1, 0, box.GetCenter());
        anim.Finish();
        Assert.Equal(2, box.GetWidth(), P);
        AssertPoint(0, 0, box.GetCenter());
        Assert.Equal(GreyA, box.StrokeColor);
        Assert.True(anim.Introducer);
    }

    [Fact]
    public void GrowFromCenterKeepsTheCentre()
    {
        var box = TestShapes.Box(2, 2, 1, 1);
        var anim = GrowFromCenter(box);
        anim.Begin();
        Assert.True(box.GetWidth() < 1e-6);
        AssertPoint(1, 1, box.GetCenter());
        anim.Interpolate(0.5);
        Assert.Equal(1, box.GetHeight(), P);
        AssertPoint(1, 1, box.GetCenter());
        anim.Finish();
        Assert.Equal(2, box.GetHeight(), P);
    }

    [Fact]
    public void GrowFromEdgeKeepsThatEdge()
    {
        var box = TestShapes.Box(2, 2, 1, 1);
        var anim = GrowFromEdge(box, Down);
        anim.Begin();
        AssertPoint(1, 0, box.GetCenter());
        anim.Interpolate(0.5);
        Assert.Equal(0, box.GetBottom().Y, P);
        Assert.Equal(1, box.GetHeight(), P);
        AssertPoint(1, 0.5, box.GetCenter());
        anim.Finish();
        AssertPoint(1, 1, box.GetCenter());
    }

    [Fact]
    public void GrowArrowGrowsFromTheStart()
    {
        var arrow = new Arrow(Left * 2, Right * 2, buff: 0);
        var anim = GrowArrow(arrow);
        anim.Begin();
        AssertPoint(-2, 0, arrow.GetEnd());
        Assert.True(arrow.GetWidth() < 1e-3);
        anim.Interpolate(0.5);
        AssertPoint(0, 0, arrow.GetEnd());
        Assert.Equal(0, arrow.GetRight().X, 3);
        Assert.Equal(-2, arrow.GetLeft().X, 3);
        anim.Finish();
        AssertPoint(2, 0, arrow.GetEnd());
        Assert.Equal(4, arrow.GetWidth(), 3);
    }

    [Fact]
    public void FadeInFromPointGrowsOutOfThePoint()
    {
        var box = TestShapes.Box(2, 2);
        var anim = FadeInFromPoint(box, Right * 3);
        anim.Begin();
        Assert.Equal(0, box.StrokeOpacity, P);
        AssertPoint(3, 0, box.GetCenter());
        Assert.True(box.GetWidth() < 1e-6);
        anim.Interpolate(0.5);
        Assert.Equal(0.5, box.StrokeOpacity, P);
        AssertPoint(1.5, 0, box.GetCenter());
        Assert.Equal(1, box.GetWidth(), P);
        anim.Finish();
        Assert.Equal(1, box.StrokeOpacity, P);
        AssertPoint(0, 0, box.GetCenter());
    }

    [Fact]
    public void FadeOutToPointShrinksIntoThePointThenRestores()
    {
        var box = TestShapes.Box(2, 2);
        var anim = FadeOutToPoint(box, Right * 3);
        anim.Begin();
        Assert.Equal(1, box.StrokeOpacity, P);
        anim.Interpolate(0.5);
        Assert.Equal(0.5, box.StrokeOpacity, P);
        AssertPoint(1.5, 0, box.GetCenter());
        Assert.Equal(1, box.GetWidth(), P);
        anim.Interpolate(1);
        Assert.Equal(0, box.StrokeOpacity, P);
        AssertPoint(3, 0, box.GetCenter());
        anim.Finish();
        Assert.True(anim.Remover);
        Assert.Equal(1, box.StrokeOpacity, P);
        Assert.Equal(2, box.GetWidth(), P);
    }

    [Fact]
    public void VFadeInScalesOpacitiesOnly()
    {
        var box = TestShapes.Box(2, 2).SetFill(Blue, 0.6).SetStroke(opacity: 0.8);
        var anim = VFadeIn(box);
        anim.Begin();
        Assert.Equal(0, box.FillOpacity, P);
        Assert.Equal(0, box.StrokeOpacity, P);
        anim.Interpolate(0.5);
        Assert.Equal(0.3, box.FillOpacity, P);
        Assert.Equal(0.4, box.StrokeOpacity, P);
        Assert.Equal(2, box.GetWidth(), P);
        anim.Finish();
        Assert.Equal(0.6, box.FillOpacity, P);
        Assert.Equal(0.8, box.StrokeOpacity, P);
        Assert.False(anim.SuspendMobjectUpdating);
    }

    [Fact]
    public void VFadeOutFadesThenRestoresForReuse()
    {
        var box = TestShapes.Box(2, 2).SetFill(Blue, 0.6).SetStroke(opacity: 0.8);
        var anim = VFadeOut(box);
        anim.Begin();
        Assert.Equal(0.6, box.FillOpacity, P);
        anim.Interpolate(0.5);
        Assert.Equal(0.3, box.FillOpacity, P);
        Assert.Equal(0.4, box.StrokeOpacity, P);
        anim.Interpolate(1);
        Assert.Equal(0, box.FillOpacity, P);
        anim.Finish();
        Assert.True(anim.Remover);
        Assert.Equal(0.6, box.FillOpacity, P);
        Assert.Equal(0.8, box.StrokeOpacity, P);
    }

    [Fact]
    public void VFadeInThenOutPeaksInTheMiddle()
    {
        var box = TestShapes.Box(2, 2).SetFill(Blue, 0.6);
        var anim = VFadeInThenOut(box);
        anim.Begin();
        Assert.Equal(0, box.FillOpacity, P);
        anim.Interpolate(0.5);
        Assert.Equal(0.6, box.FillOpacity, P);
        Assert.Equal(1, box.StrokeOpacity, P);
        anim.Interpolate(1);
        Assert.Equal(0, box.FillOpacity, P);
        anim.Finish();
        Assert.Equal(0.6, box.FillOpacity, P);
        Assert.True(anim.Remover);
    }

    [Fact]
    public void ShowPassingFlashShowsASlidingWindow()
    {
        var line = Subdivided(20);
        var anim = ShowPassingFlash(line, timeWidth: 0.5);
        anim.Begin();
        Assert.Equal(0, line.GetWidth(), P);
        anim.Interpolate(0.5);
        // upper = 0.75·1.5 - ... : window [0.25, 0.75] of the path → x from -1 to 1.
        AssertPoint(-1, 0, line.Points[0]);
        AssertPoint(1, 0, line.Points[^1]);
        anim.Interpolate(1);
        Assert.Equal(0, line.GetWidth(), P);
        AssertPoint(2, 0, line.Points[0]);
        anim.Finish();
        Assert.Equal(4, line.GetWidth(), P);
        Assert.True(anim.Remover);
    }

    [Fact]
    public void VShowPassingFlashMovesAGaussianPulse()
    {
        var line = Subdivided(100);
        var anim = VShowPassingFlash(line, timeWidth: 0.3, taperWidth: 0.05);
        anim.Begin();
        Assert.NotNull(line.StrokeWidths);
        Assert.Equal(101, line.StrokeWidths!.Length);
        Assert.Equal(0, line.StrokeWidths.Max(), P);
        anim.Interpolate(0.5);
        var w = line.StrokeWidths!;
        Assert.Equal(4, w[50], P);                                   // peak at μ = 0.5
        Assert.Equal(4 * Math.Exp(-0.5 * 4), w[40], P);              // x = 0.4: z = -2 (σ = 0.05)
        Assert.Equal(0, w[30], P);                                   // beyond 3σ
        Assert.Equal(w[40], w[60], P);
        anim.Interpolate(1);
        Assert.True(line.StrokeWidths!.Max() < 1e-3);
        anim.Finish();
        Assert.Null(line.StrokeWidths);
        Assert.Equal(4, line.StrokeWidth, P);
        Assert.Equal(4, line.GetWidth(), P);
    }

    [Fact]
    public void VShowPassingFlashTapersTheEnds()
    {
        var anim = new AnimLib.Animations.VShowPassingFlash(Subdivided(10), taperWidth: 0.1);
        Assert.Equal(0, anim.Taper(0), P);
        Assert.Equal(0.5, anim.Taper(0.05), P);
        Assert.Equal(1, anim.Taper(0.5), P);
        Assert.Equal(0.5, anim.Taper(0.95), P);
    }

    [Fact]
    public void FlashAroundRunsAroundASurroundingRectangle()
    {
        var box = TestShapes.Box(2, 1);
        var anim = FlashAround(box, timeWidth: 1.0);
        var path = (VMobject)anim.Mobject;
        Assert.Equal(2.2, path.GetWidth(), P);
        Assert.Equal(1.2, path.GetHeight(), P);
        Assert.Equal(104, path.CurveCount);
        Assert.Equal(Yellow, path.StrokeColor);
        anim.Begin();
        // μ = -0.5 = -3σ: only the very start of the outline is inside the pulse's cut-off, at exp(-4.5) of the width.
        Assert.Equal(4 * Math.Exp(-4.5), path.StrokeWidths![0], P);
        Assert.Equal(0, path.StrokeWidths.Skip(1).Max(), P);
        anim.Interpolate(0.5);
        var w = path.StrokeWidths!;
        Assert.Equal(4, w.Max(), 2);
        Assert.Equal(52, Array.IndexOf(w, w.Max()));
        anim.Finish();
        Assert.Equal(2, box.GetWidth(), P); // the mobject itself is untouched
        Assert.True(anim.Remover);
    }

    [Fact]
    public void FlashDrawsRaysOutAndErasesThem()
    {
        var anim = Flash(Right * 2, numLines: 8);
        var lines = anim.Lines.ToList();
        Assert.Equal(8, lines.Count);
        anim.Begin();
        Assert.True(lines.All(l => l.GetArcLength() < 1e-6));
        anim.Interpolate(0.5);
        AssertPoint(2.1, 0, lines[0].Points[0]);
        AssertPoint(2.3, 0, lines[0].Points[^1]);
        AssertPoint(2, 0.3, lines[2].Points[^1]);
        anim.Interpolate(1);
        Assert.True(lines.All(l => l.GetArcLength() < 1e-6));
        Assert.Equal(1, anim.RunTime, P);
    }

    [Fact]
    public void IndicateGrowsAndTintsThenReturns()
    {
        var box = TestShapes.Box(2, 2);
        var anim = Indicate(box);
        anim.Begin();
        Assert.Equal(2, box.GetWidth(), P);
        anim.Interpolate(0.5);
        Assert.Equal(2.4, box.GetWidth(), P);
        Assert.Equal(Yellow, box.StrokeColor);
        anim.Interpolate(1);
        Assert.Equal(2, box.GetWidth(), P);
        Assert.Equal(GreyA, box.StrokeColor);
    }

    [Fact]
    public void ShowCreationThenFadeOutDrawsThenFades()
    {
        var line = Subdivided(4);
        var anim = ShowCreationThenFadeOut(line);
        Assert.Equal(2, anim.RunTime, P);
        anim.Begin();
        Assert.Equal(0, line.GetWidth(), P);
        anim.Interpolate(0.25);
        AssertPoint(0, 0, line.Points[^1]);
        anim.Interpolate(0.5);
        Assert.Equal(4, line.GetWidth(), P);
        Assert.Equal(1, line.StrokeOpacity, P);
        anim.Interpolate(0.75);
        Assert.Equal(0.5, line.StrokeOpacity, P);
        anim.Interpolate(1);
        Assert.Equal(0, line.StrokeOpacity, P);
    }

    [Fact]
    public void RotateTurnsAboutTheCentre()
    {
        var box = TestShapes.Box(2, 2, 1, 1);
        var anim = Rotate(box, Math.PI / 2);
        anim.Begin();
        AssertPoint(2, 2, box.Points[0]);
        anim.Interpolate(0.5);
        AssertPoint(1, 1 + Math.Sqrt(2), box.Points[0]);
        anim.Finish();
        AssertPoint(0, 2, box.Points[0]);
        AssertPoint(1, 1, box.GetCenter());
    }

    [Fact]
    public void RotatingSpinsAboutTheOriginLinearly()
    {
        var dot = new Dot(Right * 2);
        var anim = Rotating(dot, runTime: 4);
        Assert.Equal(4, anim.RunTime);
        anim.Begin();
        AssertPoint(2, 0, dot.GetCenter());
        anim.Interpolate(0.25);
        AssertPoint(0, 2, dot.GetCenter());
        anim.Interpolate(0.5);
        AssertPoint(-2, 0, dot.GetCenter());
        anim.Finish();
        AssertPoint(2, 0, dot.GetCenter());
    }

    [Fact]
    public void RotatingAboutAPointAndAxis()
    {
        var dot = new Dot(Right * 2);
        var anim = Rotating(dot, Math.PI, axis: Up, aboutPoint: Right);
        anim.Begin();
        anim.Interpolate(0.5);
        TestShapes.AssertClose(new Vector3(1, 0, -1), dot.GetCenter(), 1e-3f);
        anim.Finish();
        AssertPoint(0, 0, dot.GetCenter());
    }

    [Fact]
    public void ApplyMethodTransformsToTheMethodsResult()
    {
        var group = new VGroup(TestShapes.Box(1, 1, -1), TestShapes.Box(1, 1, 1));
        var anim = ApplyMethod(group, g => g.Scale(0.5, aboutPoint: Vector3.Zero).Shift(Up));
        anim.Begin();
        Assert.Equal(3, group.GetWidth(), P);
        anim.Interpolate(0.5);
        Assert.Equal(2.25, group.GetWidth(), P);
        Assert.Equal(0.5, group.GetY(), P);
        anim.Finish();
        Assert.Equal(1.5, group.GetWidth(), P);
        Assert.Equal(1, group.GetY(), P);
    }

    [Fact]
    public void ApplyFunctionUsesTheReturnedMobject()
    {
        var box = TestShapes.Box(2, 2);
        var anim = ApplyFunction((VMobject b) => b.Shift(Up * 2).SetColor(Red), box);
        anim.Begin();
        Assert.Equal(0, box.GetY(), P);
        anim.Interpolate(0.5);
        Assert.Equal(1, box.GetY(), P);
        anim.Finish();
        Assert.Equal(2, box.GetY(), P);
        Assert.Equal(Red.ToString(), box.StrokeColor.ToString());
    }

    [Fact]
    public void ApplyPointwiseFunctionAndApplyMatrix()
    {
        var box = TestShapes.Box(2, 2, 1, 0);
        var pointwise = ApplyPointwiseFunction(p => p * 2, box);
        pointwise.Begin();
        pointwise.Interpolate(0.5);
        Assert.Equal(3, box.GetWidth(), P);
        Assert.Equal(1.5, box.GetX(), P);
        pointwise.Finish();
        Assert.Equal(4, box.GetWidth(), P);
        Assert.Equal(2, box.GetX(), P);

        var square = TestShapes.Box(2, 2);
        var shear = ApplyMatrix(new double[,] { { 1, 1 }, { 0, 1 } }, square);
        shear.Begin();
        AssertPoint(1, 1, square.Points[0]);
        shear.Interpolate(0.5);
        AssertPoint(1.5, 1, square.Points[0]);
        shear.Finish();
        AssertPoint(2, 1, square.Points[0]);
        Assert.Throws<ArgumentException>(() => ApplyMatrix(new double[,] { { 1, 2, 3 } }, square));
    }

    [Fact]
    public void UpdateFromFuncCallsEveryFrame()
    {
        var box = TestShapes.Box(1, 1);
        int calls = 0;
        var anim = UpdateFromFunc(box, b => { calls++; b.MoveTo(Right * calls); });
        anim.Begin();
        anim.Interpolate(0.5);
        anim.Finish();
        Assert.Equal(3, calls);
        Assert.Equal(3, box.GetX(), P);
        Assert.False(anim.SuspendMobjectUpdating);
    }

    [Fact]
    public void UpdateFromAlphaFuncGetsTheRawAlpha()
    {
        var box = TestShapes.Box(1, 1);
        var alphas = new List<double>();
        var anim = UpdateFromAlphaFunc(box, (b, a) => { alphas.Add(a); b.MoveTo(Right * (float)a); });
        anim.Begin();
        anim.Interpolate(0.25);
        anim.Interpolate(0.5);
        anim.Finish();
        Assert.Equal([0, 0.25, 0.5, 1], alphas);
        Assert.Equal(1, box.GetX(), P);
    }

    [Fact]
    public void MoveAlongPathFollowsThePath()
    {
        var dot = new Dot();
        var path = new Arc(0, Math.PI, radius: 2);
        var anim = MoveAlongPath(dot, path);
        anim.Begin();
        AssertPoint(2, 0, dot.GetCenter());
        anim.Interpolate(0.5);
        AssertPoint(0, 2, dot.GetCenter(), 1e-2f);
        anim.Finish();
        AssertPoint(-2, 0, dot.GetCenter());
    }

    [Fact]
    public void HomotopyDeformsFromTheStartState()
    {
        var box = TestShapes.Box(2, 2);
        var anim = Homotopy((p, t) => p + new Vector3(0, (float)t * p.X, 0), box);
        Assert.Equal(3, anim.RunTime);
        anim.Begin();
        AssertPoint(1, 1, box.Points[0]);
        anim.Interpolate(0.5);
        AssertPoint(1, 1.5, box.Points[0]);
        anim.Finish();
        AssertPoint(1, 2, box.Points[0]);
        AssertPoint(-1, 0, box.Points[4]);
    }

    [Fact]
    public void MoveAlongPathCountsCurvesNotLength()
    {
        // Two curves of different lengths: half way is the joint, not the middle of the length.
        var path = new VMobject().SetPointsAsCorners([Vector3.Zero, Right, Right * 4]);
        var dot = new Dot();
        var anim = MoveAlongPath(dot, path);
        anim.Begin();
        anim.Interpolate(0.5);
        AssertPoint(1, 0, dot.GetCenter());
        anim.Finish();
        AssertPoint(4, 0, dot.GetCenter());
    }
}

public class DotCloudCreationTests
{
    [Fact]
    public void ShowCreationRevealsDotsInOrder()
    {
        var cloud = new DotCloud(Enumerable.Range(0, 10).Select(i => new System.Numerics.Vector3(i, 0, 0)), color: Palette.Red);
        var anim = new AnimLib.Animations.ShowCreation(cloud) { RateFunc = RateFunctions.Linear };
        anim.Begin();
        Assert.Equal(0, cloud.GetDotOpacity(0));
        anim.Interpolate(0.5);
        Assert.Equal(5, cloud.DotCount);
        Assert.Equal(4, cloud.Points[^1].X, 4);
        Assert.Equal(Palette.Red, cloud.GetDotColor(3));
        anim.Finish();
        Assert.Equal(10, cloud.DotCount);
        Assert.Equal(1, cloud.GetDotOpacity(9));
    }
}
