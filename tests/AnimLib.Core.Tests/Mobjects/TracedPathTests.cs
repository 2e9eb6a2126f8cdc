using System.Numerics;
using AnimLib.Core.Tests.Support;

namespace AnimLib.Core.Tests.Mobjects;

/// <summary><see cref="TracedPath"/>: samples over time, dissipation and the tapering tail.</summary>
public class TracedPathTests
{
    [Fact]
    public void SamplesThePointEveryUpdate_AndRunsStraightThroughTheSamples()
    {
        var point = Vector3.Zero;
        var path = new TracedPath(() => point);
        Assert.Single(path.TracedPoints);
        Assert.False(path.HasPoints);
        for (int k = 1; k <= 4; k++)
        {
            point = new Vector3(k, k * k, 0);
            path.UpdatePath(0.1);
        }
        Assert.Equal(5, path.TracedPoints.Count);
        Assert.Equal(4, path.CurveCount);
        TestShapes.AssertClose(Vector3.Zero, path.GetStart());
        TestShapes.AssertClose(new Vector3(4, 16, 0), path.GetEnd());
        TestShapes.AssertClose(new Vector3(2, 4, 0), path.Points[8]);
        Assert.Equal(0.4, path.Time, 9);
        // A resting point adds nothing.
        path.UpdatePath(0.1);
        Assert.Equal(5, path.TracedPoints.Count);
        Assert.Equal(2, path.StrokeWidth);
        Assert.Equal(Palette.White, path.StrokeColor);
        Assert.Null(path.StrokeWidths);
    }

    [Fact]
    public void DissipatingPath_KeepsTheLastSeconds_AndTapersToNothing()
    {
        var point = Vector3.Zero;
        var path = new TracedPath(() => point, strokeWidth: 4, dissipatingTime: 0.25);
        for (int k = 1; k <= 10; k++)
        {
            point = new Vector3(k, 0, 0);
            path.UpdatePath(0.1);
        }
        // At t = 1.0 the samples of t ≥ 0.75 stay: those taken at 0.8, 0.9 and 1.0.
        Assert.Equal([new Vector3(8, 0, 0), new Vector3(9, 0, 0), new Vector3(10, 0, 0)], path.TracedPoints);
        var widths = path.StrokeWidths!;
        Assert.Equal(3, widths.Length);
        Assert.Equal(4 * (1 - 0.2 / 0.25), widths[0], 6);
        Assert.Equal(4 * (1 - 0.1 / 0.25), widths[1], 6);
        Assert.Equal(4, widths[2], 6);
        // A resting point: the tail drains away to the newest sample.
        for (int k = 0; k < 5; k++) path.UpdatePath(0.1);
        Assert.Single(path.TracedPoints);
        Assert.False(path.HasPoints);
        var untapered = new TracedPath(() => point, dissipatingTime: 1, taper: false);
        point += Vector3.UnitY;
        untapered.UpdatePath(0.1);
        Assert.Null(untapered.StrokeWidths);
        Assert.Throws<ArgumentOutOfRangeException>(() => new TracedPath(() => point, dissipatingTime: 0));
    }

    [Fact]
    public void InAScene_TracesEveryFrame()
    {
        TracedPath? path = null;
        var copyPoints = 0;
        LambdaScene.Record(s =>
        {
            var dot = new Dot().AddUpdater(d => d.MoveTo(new Vector3((float)s.Time, 0, 0)));
            path = new TracedPath(() => dot.GetCenter(), dissipatingTime: 0.5);
            s.Add(dot, path);
            s.Wait(1);
            copyPoints = path.Copy().TracedPoints.Count;
        }, fps: 10);
        // 10 frames of 0.1 s: the dot ends at x = 1 and the samples of the last half second (0.5 … 1.0) remain.
        TestShapes.AssertClose(new Vector3(1, 0, 0), path!.GetEnd(), 1e-3f);
        Assert.Equal(1, path.Time, 6);
        Assert.Equal(6, path.TracedPoints.Count);
        Assert.Equal(0.5, path.GetStart().X, 3);
        Assert.Equal(6, copyPoints);
    }
}
