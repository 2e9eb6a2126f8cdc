using System.Numerics;
using AnimLib.Core.Tests.Support;

namespace AnimLib.Core.Tests.ThreeD;

/// <summary>ThreeDAxes geometry.</summary>
public class ThreeDAxesTests
{
    [Fact]
    public void CoordsToPoint_FollowsScaleShiftAndCopies()
    {
        var axes = new ThreeDAxes(zRange: (-3, 3, 1));
        TestShapes.AssertClose(new Vector3(1, 2, 3), axes.C2P(1, 2, 3));
        Assert.Equal(6, axes.ZAxis.GetDepth(), 3);
        Assert.Equal(3, axes.GetAxes().Count);
        var (x, y, z) = axes.PointToCoords(new Vector3(1, 2, 3));
        Assert.Equal((1.0, 2.0, 3.0), (Math.Round(x, 4), Math.Round(y, 4), Math.Round(z, 4)));
        axes.Scale(0.5, aboutPoint: Vector3.Zero).Shift(new Vector3(1, 0, 0));
        TestShapes.AssertClose(new Vector3(1.5f, 1, 1.5f), axes.C2P(1, 2, 3));
        var copy = axes.Copy();
        copy.Shift(new Vector3(0, 1, 0));
        TestShapes.AssertClose(new Vector3(1.5f, 2, 1.5f), copy.C2P(1, 2, 3));
        TestShapes.AssertClose(new Vector3(1.5f, 1, 1.5f), axes.C2P(1, 2, 3));
    }

    [Fact]
    public void ZTicksLieAlongX()
    {
        var axes = new ThreeDAxes();
        var tick = axes.ZAxis.Ticks[0];
        Assert.True(tick.GetWidth() > 0.1 && tick.GetHeight() < 1e-4, $"tick {tick.GetWidth()} x {tick.GetHeight()}");
    }
}
