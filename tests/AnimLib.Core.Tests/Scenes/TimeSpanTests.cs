using AnimLib.Core.Tests.Support;
using static AnimLib.Anim;
using static AnimLib.Directions;

namespace AnimLib.Core.Tests.Scenes;

/// <summary>An animation with a time span inside a longer play holds still outside its window, frame-exactly.</summary>
public class TimeSpanTests
{
    [Theory]
    [InlineData(15)]
    [InlineData(30)]
    [InlineData(60)]
    public void TimeSpanStartsAndEndsOnTheRightFrames(double fps)
    {
        var xs = new List<double>();
        LambdaScene.Record(s =>
        {
            var box = TestShapes.Box(1, 1);
            var other = TestShapes.Box(1, 1, 0, 2);
            var observer = new VMobject();
            observer.AddUpdater(_ => xs.Add(box.GetX()), callNow: false);
            s.Add(box, observer);
            s.Play(box.Animate().Shift(Right * 4).SetAnimArgs(timeSpan: (1, 2), rateFunc: RateFunctions.Linear),
                other.Animate().Shift(Left), runTime: 3);
        }, fps: fps);
        int n = (int)fps;
        Assert.Equal(3 * n, xs.Count);
        // Frame k shows t = k/fps: still before t = 1, moving linearly for 1 < t < 2, done from t = 2.
        for (int k = 1; k <= 3 * n; k++)
        {
            double t = k / fps;
            double expected = 4 * Math.Clamp(t - 1, 0, 1);
            Assert.Equal(expected, xs[k - 1], 4);
        }
        Assert.Equal(0, xs[n - 1], 6);          // frame at t = 1: not started
        Assert.True(xs[n] > 0);                 // next frame: moving
        Assert.True(xs[2 * n - 2] < 4);         // frame before t = 2: still moving
        Assert.Equal(4, xs[2 * n - 1], 4);      // frame at t = 2: arrived
    }

    [Theory]
    [InlineData(15)]
    [InlineData(30)]
    [InlineData(60)]
    public void TimeSpanLengthensTheRunTimeOfThePlay(double fps)
    {
        var output = LambdaScene.Record(s =>
        {
            var box = TestShapes.Box(1, 1);
            s.Play(FadeIn(box, timeSpan: (0.5, 1.5)));
        }, fps: fps);
        Assert.Equal([(int)Math.Ceiling(1.5 * fps)], output.FramesPerSegment);
    }

    [Fact]
    public void LaggedStartMapForwardsArgumentsThroughTheLambda()
    {
        var group = new VGroup(Enumerable.Range(0, 4).Select(i => TestShapes.Box(0.5, 0.5, i)));
        var anim = LaggedStartMap(m => FlashAround(m, timeWidth: 3.0, timeSpan: (1, 4)), group, lagRatio: 0.05, runTime: 4);
        Assert.Equal(4, anim.RunTime);
        Assert.All(anim.Animations, a => Assert.Equal((1.0, 4.0), a.TimeSpan));
        Assert.All(anim.Animations, a => Assert.Equal(3.0, ((AnimLib.Animations.FlashAround)a).TimeWidth));
    }

    [Theory]
    [InlineData(15)]
    [InlineData(30)]
    public void PlayRunTimeRescalesAGroup(double fps)
    {
        var output = LambdaScene.Record(s =>
        {
            var line = new Line(Left, Right);
            s.Play(ShowCreationThenFadeOut(line), runTime: 1);
            s.Play(LaggedStart(FadeIn(TestShapes.Box(1, 1)), FadeIn(TestShapes.Box(1, 1, 2))), runTime: 0.5);
        }, fps: fps);
        Assert.Equal([(int)fps, (int)Math.Ceiling(fps / 2)], output.FramesPerSegment);
    }

    [Fact]
    public void NestedGroupsKeepTheirInnerTimelines()
    {
        var a = TestShapes.Box(1, 1);
        var b = TestShapes.Box(1, 1);
        var c = TestShapes.Box(1, 1);
        var linear = RateFunctions.Linear;
        var inner = AnimationGroup(a.Animate().Shift(Right).SetAnimArgs(rateFunc: linear), b.Animate().Shift(Right * 2).SetAnimArgs(runTime: 2, rateFunc: linear));
        var outer = Succession(inner, c.Animate().Shift(Up).SetAnimArgs(rateFunc: linear));
        Assert.Equal(3, outer.RunTime, 9);
        var samples = new List<(double A, double B, double C)>();
        LambdaScene.Record(s =>
        {
            var observer = new VMobject();
            observer.AddUpdater(_ => samples.Add((a.GetX(), b.GetX(), c.GetY())), callNow: false);
            s.Add(a, b, c, observer);
            s.Play(outer);
        }, fps: 10);
        Assert.Equal(30, samples.Count);
        Assert.Equal((0.5, 0.5, 0.0), (Math.Round(samples[4].A, 6), Math.Round(samples[4].B, 6), samples[4].C));   // t = 0.5
        Assert.Equal((1.0, 1.5, 0.0), (Math.Round(samples[14].A, 6), Math.Round(samples[14].B, 6), samples[14].C)); // t = 1.5
        Assert.Equal(0.5, samples[24].C, 6);                                                                       // t = 2.5
        Assert.Equal(1.0, samples[29].C, 6);
    }

    [Fact]
    public void LaggedStartMapTakesMethodGroups()
    {
        var arrows = new VGroup<Arrow>(new Arrow(Left, Right), new Arrow(Left + Up, Right + Up));
        var grow = LaggedStartMap(GrowArrow, arrows, lagRatio: 0.5);
        Assert.All(grow.Animations, a => Assert.IsType<AnimLib.Animations.GrowArrow>(a));
        Assert.Equal(2, grow.RunTime);
        var fades = LaggedStartMap(VFadeIn, arrows, lagRatio: 0.5);
        Assert.All(fades.Animations, a => Assert.IsType<AnimLib.Animations.VFadeIn>(a));
        var flashes = LaggedStartMap(FlashAround, arrows);
        Assert.Equal(2, flashes.Animations.Count);
        Assert.IsType<AnimLib.Animations.GrowFromCenter>(LaggedStartMap(GrowFromCenter, arrows).Animations[0]);
    }
}
