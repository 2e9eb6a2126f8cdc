using AnimLib;
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
}
