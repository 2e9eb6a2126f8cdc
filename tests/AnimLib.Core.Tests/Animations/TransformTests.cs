using System.Numerics;
using AnimLib.Core.Tests.Support;
using static AnimLib.Anim;
using static AnimLib.Directions;

namespace AnimLib.Core.Tests.Animations;

public class TransformTests
{
    private static VMobject Circle8()
    {
        var c = new VMobject();
        c.AppendPoints(Bezier.Arc(0, Math.Tau, 8));
        return c;
    }

    [Fact]
    public void TransformAlignsCurveCountsAndEndsOnTarget()
    {
        var square = TestShapes.Box(2, 2);
        var circle = Circle8().Shift(Right * 3).SetStroke(Palette.Yellow, 6);
        Assert.Equal(4, square.CurveCount);
        var anim = Transform(square, circle);
        anim.Begin();
        Assert.Equal(8, square.CurveCount);
        Assert.Equal(8, circle.CurveCount); // the target itself is never changed
        anim.Interpolate(0.5);
        Assert.Equal(1.5, square.GetX(), 3);
        anim.Finish();
        for (int i = 0; i < circle.Points.Length; i++)
            TestShapes.AssertClose(circle.Points[i], square.Points[i]);
        Assert.Equal(Palette.Yellow, square.StrokeColor);
        Assert.Equal(6, square.StrokeWidth, 6);
    }

    [Fact]
    public void TransformPadsFamiliesWithInvisibleCopies()
    {
        var two = new VGroup(TestShapes.Box(1, 1), TestShapes.Box(1, 1, 2));
        var five = new VGroup(Enumerable.Range(0, 5).Select(i => TestShapes.Box(1, 1, i, 3)));
        var anim = Transform(two, five);
        anim.Begin();
        Assert.Equal(5, two.Count);
        // Child i is repeated count(floor(j*2/5) == i) times: 3 then 2; the repeats are invisible.
        Assert.Equal(1, two[0].StrokeOpacity);
        Assert.Equal(0, two[1].StrokeOpacity);
        Assert.Equal(0, two[2].StrokeOpacity);
        Assert.Equal(1, two[3].StrokeOpacity);
        Assert.Equal(0, two[4].StrokeOpacity);
        anim.Finish();
        for (int i = 0; i < 5; i++)
        {
            Assert.Equal(five[i].GetX(), two[i].GetX(), 4);
            Assert.Equal(1, two[i].StrokeOpacity, 6);
        }
    }

    [Fact]
    public void ChildlessMobjectGrowsCollapsedCopies()
    {
        var single = TestShapes.Box(1, 1, 4);
        var three = new VGroup(TestShapes.Box(1, 1), TestShapes.Box(1, 1, 1), TestShapes.Box(1, 1, 2));
        Alignment.AlignFamilies(single, three);
        Assert.Equal(3, single.Count);
        Assert.Equal(0, single[0].GetWidth(), 6);
        Assert.Equal(4, single[0].GetX(), 5);
    }

    [Fact]
    public void SubpathCountsAreMatched()
    {
        var twoRings = new VMobject();
        twoRings.AppendPoints(Bezier.Arc(0, Math.Tau, 4));
        twoRings.AppendPoints(Circle8().Scale(0.5).Points);
        var square = TestShapes.Box(2, 2);
        Alignment.AlignFamilies(square, twoRings);
        Assert.Equal(square.Points.Length, twoRings.Points.Length);
        Assert.Equal(2, twoRings.GetSubpaths().Count);
        // The square's extra sub-path is a degenerate copy of its outline, so it still looks like the square.
        Assert.Equal(2, square.GetWidth(), 4);
        Assert.Equal(2, square.GetHeight(), 4);
    }

    [Fact]
    public void PathArcMovesAlongCircle()
    {
        var dot = TestShapes.Box(0.01, 0.01, -1, 0);
        var target = dot.Copy().MoveTo(new Vector3(1, 0, 0));
        var anim = Transform(dot, target, pathArc: Math.PI, rateFunc: RateFunctions.Linear);
        anim.Begin();
        anim.Interpolate(0.5);
        // Half way along a half-turn arc from (-1,0) to (1,0) about the origin, counter-clockwise: (0,-1).
        Assert.Equal(0, dot.GetX(), 2);
        Assert.Equal(-1, dot.GetY(), 2);
    }

    [Fact]
    public void FadeInAndOutOpacitiesAndRestore()
    {
        var box = TestShapes.Box(1, 1).SetFill(Palette.Blue, 0.8);
        var fadeIn = FadeIn(box, shift: Up, rateFunc: RateFunctions.Linear);
        fadeIn.Begin();
        Assert.Equal(0, box.FillOpacity, 6);
        Assert.Equal(-1, box.GetY(), 4);
        fadeIn.Interpolate(0.5);
        Assert.Equal(0.4, box.FillOpacity, 5);
        Assert.Equal(-0.5, box.GetY(), 4);
        fadeIn.Finish();
        Assert.Equal(0.8, box.FillOpacity, 6);

        var fadeOut = FadeOut(box, shift: Right, scale: 0.5, rateFunc: RateFunctions.Linear);
        fadeOut.Begin();
        fadeOut.Interpolate(0.5);
        Assert.Equal(0.4, box.FillOpacity, 5);
        Assert.Equal(0.75, box.GetWidth(), 4);
        fadeOut.Finish();
        Assert.Equal(0.8, box.FillOpacity, 6);
        Assert.Equal(0, box.GetX(), 4);
        Assert.True(fadeOut.Remover);
    }

    [Fact]
    public void ShowCreationDrawsProgressively()
    {
        var line = new VMobject().SetPointsAsCorners([new(0, 0, 0), new(1, 0, 0), new(2, 0, 0), new(3, 0, 0), new(4, 0, 0)]);
        var anim = ShowCreation(line, rateFunc: RateFunctions.Linear);
        anim.Begin();
        Assert.Equal(0, line.GetWidth(), 5);
        anim.Interpolate(0.5);
        Assert.Equal(2, line.GetWidth(), 4);
        anim.Finish();
        Assert.Equal(4, line.GetWidth(), 4);
    }

    [Fact]
    public void ReplacementAndCopyTransformsSwapSceneMobjects()
    {
        VMobject? a = null, b = null, c = null, d = null;
        Scene? scene = null;
        LambdaScene.Record(s =>
        {
            scene = s;
            a = TestShapes.Box(1, 1);
            b = TestShapes.Box(2, 2);
            c = TestShapes.Box(1, 1, 3);
            d = TestShapes.Box(1, 1, -3);
            s.Add(a, c);
            s.Play(ReplacementTransform(a, b));
            s.Play(TransformFromCopy(c, d));
        });
        Assert.DoesNotContain(a!, scene!.Mobjects);
        Assert.Contains(b!, scene.Mobjects);
        Assert.Contains(c!, scene.Mobjects);
        Assert.Contains(d!, scene.Mobjects);
        Assert.Equal(3, c!.GetX(), 5);
    }

    [Fact]
    public void AnimateBuilderAndRestore()
    {
        var box = TestShapes.Box(1, 1);
        box.SaveState();
        Animation move = box.Animate().Shift(Right * 2).Scale(2);
        move.Begin();
        move.Finish();
        Assert.Equal(2, box.GetX(), 4);
        Assert.Equal(2, box.GetWidth(), 4);
        var restore = Restore(box);
        restore.Begin();
        restore.Finish();
        Assert.Equal(0, box.GetX(), 4);
        Assert.Throws<InvalidOperationException>(() => (Animation)TestShapes.Box(1, 1));
        Assert.Throws<InvalidOperationException>(() => MoveToTarget(TestShapes.Box(1, 1)));
    }

    [Fact]
    public void RemovingPartOfGroupSplitsIt()
    {
        Scene? scene = null;
        VMobject? a = null, b = null, c = null;
        LambdaScene.Record(s =>
        {
            scene = s;
            a = TestShapes.Box(1, 1);
            b = TestShapes.Box(1, 1, 2);
            c = TestShapes.Box(1, 1, 4);
            s.Add(new VGroup(a, b, c));
            s.Remove(b);
        });
        Assert.Equal([a!, c!], scene!.Mobjects);
    }
}
