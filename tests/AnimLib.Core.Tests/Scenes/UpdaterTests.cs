using System.Numerics;
using AnimLib.Core.Tests.Support;
using static AnimLib.Anim;
using static AnimLib.Directions;

namespace AnimLib.Core.Tests.Scenes;

public class UpdaterTests
{
    [Fact]
    public void AlwaysRedrawDashedLineFollowsAMovingDot()
    {
        var starts = new List<(Vector3 Dot, Vector3 LineStart, int Dashes, int Expected)>();
        Dot? dot = null;
        DashedLine? line = null;
        LambdaScene.Record(s =>
        {
            dot = new Dot(Left * 3);
            line = AlwaysRedraw(() => new DashedLine(dot.GetCenter(), Vector3.Zero, dashLength: 0.2));
            var observer = new VMobject();
            observer.AddUpdater(_ => starts.Add((dot.GetCenter(), line.GetStart(), line.Count,
                new DashedLine(dot.GetCenter(), Vector3.Zero, dashLength: 0.2).Count)), callNow: false);
            s.Add(dot, line, observer);
            s.Play(dot.Animate().MoveTo(Up * 1), runTime: 1);
        });
        Assert.Equal(15, starts.Count);
        foreach (var (d, ls, dashes, expected) in starts)
        {
            TestShapes.AssertClose(d, ls, 1e-4f);
            Assert.Equal(expected, dashes);
        }
        Assert.True(starts[0].Dashes > starts[^1].Dashes); // the structure changes with the length
        TestShapes.AssertClose(Up, line!.GetStart());
    }

    [Fact]
    public void AlwaysAndFAlwaysRunEveryFrame()
    {
        var tracker = new ValueTracker(0);
        var dot = new Dot().FAlways((d, x) => d.MoveTo(Right * (float)x), tracker.GetValue);
        var label = new Dot(radius: 0.05).Always(l => l.NextTo(dot, Up, buff: 0.5));
        LambdaScene.Record(s =>
        {
            s.Add(tracker, dot, label);
            s.Play(tracker.Animate().SetValue(2));
        });
        Assert.Equal(2, dot.GetX(), 4);
        Assert.Equal(2, label.GetX(), 4);
        Assert.Equal(dot.GetTop().Y + 0.5 + 0.05, label.GetY(), 4);
    }

    [Fact]
    public void ValueTrackerInterpolatesWithTheRateFunction()
    {
        var tracker = new ValueTracker(1);
        var values = new List<double>();
        var observer = new VMobject();
        observer.AddUpdater(_ => values.Add(tracker.GetValue()), callNow: false);
        LambdaScene.Record(s =>
        {
            s.Add(observer);
            s.Play(tracker.Animate().SetValue(5).SetAnimArgs(rateFunc: RateFunctions.Linear), runTime: 1);
        }, fps: 10);
        Assert.Equal(10, values.Count);
        Assert.Equal(3, values[4], 6);  // t = 0.5
        Assert.Equal(5, values[^1], 6);
        Assert.Equal(5, tracker.Value);
        tracker.IncrementValue(1).Increment(0.5);
        Assert.Equal(6.5, tracker.GetValue());
        Assert.False(tracker.HasPoints);
    }

    [Fact]
    public void UpdatersAreSuspendedWhileAnimatedAndResumeAfter()
    {
        int calls = 0;
        int callsDuringPlay = -1;
        LambdaScene.Record(s =>
        {
            var box = TestShapes.Box(1, 1);
            // Animations also update their start/target copies (which carry the updater), so count the box's own calls.
            box.AddUpdater(b => { if (ReferenceEquals(b, box)) calls++; });
            s.Add(box);
            int before = calls;
            var watcher = new VMobject();
            watcher.AddUpdater(_ => callsDuringPlay = calls - before, callNow: false);
            s.Add(watcher);
            s.Play(box.Animate().Shift(Right));
            Assert.Equal(0, callsDuringPlay);
            Assert.True(box.IsUpdatingSuspended == false);
            int afterPlay = calls;
            s.Wait(1);
            Assert.Equal(afterPlay + 15, calls);
        });
    }

    [Fact]
    public void UpdaterStyleAnimationsKeepUpdatersRunning()
    {
        int calls = 0;
        LambdaScene.Record(s =>
        {
            var dot = new Dot(Right * 2);
            dot.AddUpdater(d => { if (ReferenceEquals(d, dot)) calls++; }, callNow: false);
            s.Add(dot);
            s.Play(Rotating(dot, runTime: 1));
        });
        Assert.Equal(15, calls);
    }

    [Fact]
    public void TimeBasedUpdaterReadsSceneTime()
    {
        Dot? dot = null;
        double time = 0;
        LambdaScene.Record(s =>
        {
            dot = new Dot();
            dot.AddUpdater(d => d.MoveTo(Right * (float)s.Time));
            s.Add(dot);
            s.Wait(1.2);
            time = s.Time;
        });
        Assert.Equal(18 / 15.0, time, 9);
        Assert.Equal(time, dot!.GetX(), 4);
    }

    [Fact]
    public void DtUpdaterAccumulatesFrameSteps()
    {
        var dot = new Dot();
        LambdaScene.Record(s =>
        {
            dot.AddUpdater((d, dt) => d.Shift(Right * (float)dt));
            s.Add(dot);
            s.Wait(2);
        }, fps: 30);
        Assert.Equal(2, dot.GetX(), 4);
    }

    [Fact]
    public void ValueTrackerDrivesADecimalNumber()
    {
        var tracker = new ValueTracker(0);
        var dot = new Dot();
        var decimalNumber = new DecimalNumber(0, numDecimalPlaces: 2)
            .FAlways((d, v) => d.SetValue(v), tracker.GetValue)
            .Always(d => d.NextTo(dot, DR, buff: 0.1));
        var shown = new List<string>();
        var observer = new VMobject();
        observer.AddUpdater(_ => shown.Add(decimalNumber.DisplayedText), callNow: false);
        LambdaScene.Record(s =>
        {
            s.Add(dot, decimalNumber, observer);
            s.Play(tracker.Animate().SetValue(3.5).SetAnimArgs(rateFunc: RateFunctions.Linear), dot.Animate().Shift(Right * 2));
        }, fps: 10);
        Assert.Equal(3.5, decimalNumber.Value, 9);
        Assert.Equal("3.50", decimalNumber.DisplayedText);
        Assert.Equal("1.75", shown[4]);
        TestShapes.AssertClose(dot.GetCorner(DR) + new Vector3(0.1f, -0.1f, 0), decimalNumber.GetCorner(UL), 1e-3f);
    }
}
