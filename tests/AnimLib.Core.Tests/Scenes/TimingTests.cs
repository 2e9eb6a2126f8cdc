using AnimLib.Core.Tests.Support;
using static AnimLib.Anim;
using static AnimLib.Directions;

namespace AnimLib.Core.Tests.Scenes;

public class TimingTests
{
    [Theory]
    [InlineData(15)]
    [InlineData(30)]
    [InlineData(60)]
    public void TwoSecondAnimationYieldsTwiceFpsFrames(double fps)
    {
        var output = LambdaScene.Record(s =>
        {
            var box = TestShapes.Box(1, 1);
            s.Play(box.Animate().Shift(Right), runTime: 2);
            s.Wait(1);
            s.Wait();
        }, fps: fps);
        Assert.Equal([(int)(2 * fps), (int)fps, (int)fps], output.FramesPerSegment);
        Assert.Equal(4 * fps, output.Frames.Count);
    }

    [Theory]
    [InlineData(15)]
    [InlineData(30)]
    [InlineData(60)]
    public void SceneTimeAdvancesByFrames(double fps)
    {
        double timeAfter = 0;
        LambdaScene.Record(s =>
        {
            s.Play(FadeIn(TestShapes.Box(1, 1)), runTime: 1.5);
            s.Wait(0.5);
            timeAfter = s.Time;
        }, fps: fps);
        // Each segment takes whole frames: ceil(duration * fps).
        double expected = (Math.Ceiling(1.5 * fps) + Math.Ceiling(0.5 * fps)) / fps;
        Assert.Equal(expected, timeAfter, 6);
    }

    [Theory]
    [InlineData(15)]
    [InlineData(30)]
    [InlineData(60)]
    public void FinalFrameShowsEndStateAndFirstFrameIsAfterStart(double fps)
    {
        var positions = new List<double>();
        VMobject? box = null;
        LambdaScene.Record(s =>
        {
            box = TestShapes.Box(1, 1);
            box.AddUpdater(m => positions.Add(m.GetX()));
            s.Add(box);
            s.Play(box.Animate().Shift(Right * 4).SetAnimArgs(rateFunc: RateFunctions.Linear), runTime: 1);
        }, fps: fps);
        Assert.Equal(4, box!.GetX(), 4);
    }

    [Fact]
    public void PlayRunTimeOverridesEveryAnimation()
    {
        var output = LambdaScene.Record(s =>
        {
            var a = TestShapes.Box(1, 1);
            var b = TestShapes.Box(1, 1, 3);
            s.Play(FadeIn(a, runTime: 5), FadeIn(b), runTime: 0.5);
        }, fps: 30);
        Assert.Equal([15], output.FramesPerSegment);
    }

    [Theory]
    [InlineData(15)]
    [InlineData(30)]
    [InlineData(60)]
    public void TimeSpanAnimationStartsAndEndsOnTheRightFrames(double fps)
    {
        var xs = new List<double>();
        LambdaScene.Record(s =>
        {
            var box = TestShapes.Box(1, 1);
            var probe = TestShapes.Box(1, 1, 5);
            s.Add(box, probe);
            probe.AddUpdater(_ => xs.Add(box.GetX()));
            s.Play(box.Animate().Shift(Right).SetAnimArgs(timeSpan: (1.0, 2.0), rateFunc: RateFunctions.Linear, runTime: 3));
        }, fps: fps);
        // First entry is the immediate call of AddUpdater; then one per frame at t = k / fps.
        var perFrame = xs.Skip(1).ToList();
        Assert.Equal((int)(3 * fps), perFrame.Count);
        for (int k = 1; k <= perFrame.Count; k++)
        {
            double t = k / fps;
            double expected = Math.Clamp(t - 1.0, 0, 1);
            Assert.True(Math.Abs(expected - perFrame[k - 1]) < 1e-4, $"frame {k} (t={t}): x={perFrame[k - 1]}, expected {expected}");
        }
    }

    [Fact]
    public void TimeSpanInterpolatesOnlyInsideItsWindow()
    {
        var box = TestShapes.Box(1, 1);
        var anim = (Animation)box.Animate().Shift(Right * 2).SetAnimArgs(timeSpan: (1.0, 2.0), rateFunc: RateFunctions.Linear, runTime: 3);
        anim.Begin();
        Assert.Equal(3, anim.GetRunTime(), 9);
        anim.Interpolate(0.2);
        Assert.Equal(0, box.GetX(), 5);
        anim.Interpolate(1.5 / 3);
        Assert.Equal(1, box.GetX(), 5);
        anim.Interpolate(2.5 / 3);
        Assert.Equal(2, box.GetX(), 5);
    }

    [Fact]
    public void LaggedStartTimelineAndRescale()
    {
        var boxes = Enumerable.Range(0, 3).Select(i => TestShapes.Box(1, 1, i)).ToArray();
        var group = LaggedStart(boxes.Select(b => (Animation)b.Animate().Shift(Up).SetAnimArgs(rateFunc: RateFunctions.Linear)), lagRatio: 0.5);
        group.Begin();
        Assert.Equal(2.0, group.GetRunTime(), 9); // starts at 0, 0.5, 1; each lasts 1
        group.Interpolate(0.5); // group time 1.0
        Assert.Equal(1.0, boxes[0].GetY(), 5);
        Assert.Equal(0.5, boxes[1].GetY(), 5);
        Assert.Equal(0.0, boxes[2].GetY(), 5);
        group.RunTime = 4;
        group.Interpolate(0.25);
        Assert.Equal(0.5, boxes[0].GetY(), 5);
    }

    [Fact]
    public void SuccessionBeginsEachChildWhenItsTurnComes()
    {
        var box = TestShapes.Box(1, 1);
        var output = LambdaScene.Record(s =>
        {
            s.Add(box);
            s.Play(Succession(box.Animate().Shift(Right), box.Animate().Shift(Up)));
        }, fps: 15);
        // Both builders were made from the start state, so the second one moves up from the origin.
        Assert.Equal(0, box.GetX(), 4);
        Assert.Equal(1, box.GetY(), 4);
        Assert.Equal([30], output.FramesPerSegment);
    }

    [Fact]
    public void LagRatioSplitsFamilyProgress()
    {
        var g = new VGroup(TestShapes.Box(1, 1), TestShapes.Box(1, 1, 2));
        var anim = FadeIn(g, lagRatio: 1, rateFunc: RateFunctions.Linear);
        anim.Begin();
        // Family is [group, box0, box1]: three slots, so at alpha 0.5 the middle member is half way.
        anim.Interpolate(0.5);
        Assert.Equal(0.5, g[0].StrokeOpacity, 5);
        Assert.Equal(0.0, g[1].StrokeOpacity, 5);
    }
}
