using System.Numerics;
using AnimLib;
using AnimLib.Core.Tests.Support;

namespace AnimLib.Core.Tests.ThreeD;

/// <summary>ThreeDAxes geometry.</summary>
public class ThreeDAxesTests
{
    [Fact]
    public void CoordsToPoint_FollowsScaleAndShift()
    {
        var axes = new ThreeDAxes(zRange: (-3, 3, 1));
        TestShapes.AssertClose(new Vector3(1, 2, 3), axes.C2p(1, 2, 3));
        Assert.Equal(6, axes.ZAxis.GetDepth(), 4);
        Assert.Equal(1 + 6, axes.ZAxis.Count); // the line plus ticks at ±1, ±2, ±3
        axes.Scale(0.5, aboutPoint: Vector3.Zero).Shift(new Vector3(1, 0, 0));
        TestShapes.AssertClose(new Vector3(1.5f, 1, 1.5f), axes.C2p(1, 2, 3));
        var copy = axes.Copy();
        copy.Shift(new Vector3(0, 1, 0));
        TestShapes.AssertClose(new Vector3(1.5f, 2, 1.5f), copy.C2p(1, 2, 3));
        TestShapes.AssertClose(new Vector3(1.5f, 1, 1.5f), axes.C2p(1, 2, 3));
    }
}
