using System.Numerics;
using static AnimLib.Directions;

namespace AnimLib.Core.Tests.Geometry;

/// <summary>Points from doubles: <c>Pt</c> and the double scaling operators that come with <c>Directions</c>.</summary>
public class PointTests
{
    [Fact]
    public void PtBuildsPointsFromDoubles()
    {
        double t = Math.PI / 2;
        Assert.Equal(new Vector3(1.5f, -2, 0), Pt(1.5, -2));
        Assert.Equal(new Vector3(0, 1, 3), Pt(Math.Round(Math.Cos(t), 12), Math.Sin(t), 3));
    }

    [Fact]
    public void VectorsScaleByDoubles()
    {
        double k = 2.5;
        Assert.Equal(new Vector3(2.5f, 0, 0), Right * k);
        Assert.Equal(new Vector3(0, 0.5f, 0), 0.5 * Up);
        Assert.Equal(new Vector3(-1, 0, 0), Left * 3.0 / 3.0);
        // Integer and float factors still use Vector3's own operators.
        Assert.Equal(new Vector3(0, -2, 0), Down * 2);
        Assert.Equal(new Vector3(0.25f, 0, 0), Right * 0.25f);
        var dot = new Dot(Pt(Math.Cos(0), Math.Sin(0))).Shift(Up * Math.Sqrt(4));
        Assert.Equal(1, dot.GetX(), 5);
        Assert.Equal(2, dot.GetY(), 5);
    }
}
