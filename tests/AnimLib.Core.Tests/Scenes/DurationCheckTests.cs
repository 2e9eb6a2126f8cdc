using System.Runtime.CompilerServices;
using AnimLib.Core.Tests.Support;
using static AnimLib.Anim;

namespace AnimLib.Core.Tests.Scenes;

/// <summary>
/// A negative, NaN or infinite duration is refused by the Play or Wait that got it, naming the scene, the call, the value
/// and the line of the call; a zero-length one still plays no frame.
/// </summary>
public class DurationCheckTests
{
    private static int LineHere([CallerLineNumber] int line = 0) => line;

    private static ArgumentOutOfRangeException Fails(Action<LambdaScene> body) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => LambdaScene.Record(body, fps: 10));

    [Theory]
    [InlineData(-1, "Wait(-1)")]
    [InlineData(double.NaN, "Wait(NaN)")]
    [InlineData(double.PositiveInfinity, "Wait(Infinity)")]
    [InlineData(double.NegativeInfinity, "Wait(-Infinity)")]
    public void BadWaitNamesSceneCallValueAndLine(double duration, string call)
    {
        int line = 0;
        var e = Fails(s =>
        {
            line = LineHere() + 1;
            s.Wait(duration);
        });
        Assert.Contains(call, e.Message);
        Assert.Contains("scene LambdaScene", e.Message);
        Assert.Contains($"{nameof(DurationCheckTests)}.cs:{line}", e.Message);
        Assert.Contains("finite number of seconds, 0 or more", e.Message);
    }

    [Theory]
    [InlineData(-1, "runTime: -1")]
    [InlineData(double.NaN, "runTime: NaN")]
    [InlineData(double.PositiveInfinity, "runTime: Infinity")]
    public void BadRunTimeGivenToPlayNamesSceneCallValueAndLine(double runTime, string given)
    {
        int line = 0;
        var e = Fails(s =>
        {
            line = LineHere() + 1;
            s.Play(FadeIn(TestShapes.Box(1, 1)), runTime: runTime);
        });
        Assert.Contains("Play(FadeIn(", e.Message);
        Assert.Contains(given, e.Message);
        Assert.Contains("scene LambdaScene", e.Message);
        Assert.Contains($"{nameof(DurationCheckTests)}.cs:{line}", e.Message);
    }

    [Fact]
    public void BadRunTimeSetOnTheAnimationIsRefusedByThePlay()
    {
        int line = 0;
        var box = TestShapes.Box(1, 1);
        LambdaScene? scene = null;
        var e = Fails(s =>
        {
            scene = s;
            var fade = FadeIn(box);
            fade.RunTime = double.NaN;
            line = LineHere() + 1;
            s.Play([fade]);
        });
        Assert.Contains("Play(FadeIn(", e.Message);
        Assert.Contains("run time of NaN", e.Message);
        Assert.Contains($"{nameof(DurationCheckTests)}.cs:{line}", e.Message);
        // Refused before the animation began: the mobject was never added.
        Assert.False(scene!.Contains(box));
    }

    [Fact]
    public void DurationWithMoreFramesThanARenderCanHoldIsRefused()
    {
        var e = Fails(s => s.Wait(1e12));
        Assert.Contains("Wait(1000000000000)", e.Message);
        Assert.Contains("frames", e.Message);
    }

    [Fact]
    public void ZeroLengthWaitAndPlayStillEmitNoFrames()
    {
        var output = LambdaScene.Record(s =>
        {
            s.Wait(0);
            s.Play(FadeIn(TestShapes.Box(1, 1)), runTime: 0);
        }, fps: 10);
        Assert.Equal([0, 0], output.FramesPerSegment);
    }
}
