using System.Numerics;
using AnimLib.Core.Tests.Support;

namespace AnimLib.Core.Tests.ThreeD;

/// <summary>ThreeDAxes geometry.</summary>
public class ThreeDAxesTests
{
    [Fact]
    public void CoordsToPoint_FollowsScaleShiftAndCopies()
    {
        var axes = new ThreeDAxes(zRange: (-3, 3, 1), unitSize: 1);
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

    [Fact]
    public void DefaultLengths_AreTheRangesAtTheDefaultUnitSize_AndEachLengthCanBeSet()
    {
        var axes = new ThreeDAxes();
        Assert.Equal(12 * ThreeDAxes.DefaultUnitSize, axes.XAxis.GetLength(), 4);
        Assert.Equal(10 * ThreeDAxes.DefaultUnitSize, axes.YAxis.GetLength(), 4);
        Assert.Equal(8 * ThreeDAxes.DefaultUnitSize, axes.ZAxis.GetLength(), 4);
        TestShapes.AssertClose(Vector3.Zero, axes.GetOrigin());

        var sized = new ThreeDAxes(xLength: 10, yLength: 6, zLength: 4);
        Assert.Equal(10, sized.XAxis.GetLength(), 4);
        Assert.Equal(6, sized.YAxis.GetLength(), 4);
        Assert.Equal(4, sized.ZAxis.GetLength(), 4);
        TestShapes.AssertClose(new Vector3(10f / 12 * 3, 0.6f * 2, 0.5f * 4), sized.C2P(3, 2, 4));
        var unit = new ThreeDAxes(unitSize: 0.5, zLength: 2);
        Assert.Equal(6, unit.XAxis.GetLength(), 4);
        Assert.Equal(2, unit.ZAxis.GetLength(), 4);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void DefaultAxes_FitTheFrame_AtTheDocsOrientation_BelowATitle(bool tips)
    {
        // The orientation every 3D example of the docs starts from, and the title they fix at the top.
        var frame = new CameraFrame().Reorient(-30, 70, 0);
        var projection = new Projection(frame, 854, 480);
        var axes = new ThreeDAxes(axisConfig: tips ? new NumberLineConfig(IncludeTip: true) : null);
        var title = new AnimLib.Mobjects.Text("A surface").ToEdge(Directions.Up);
        var (minX, maxX, minY, maxY) = (float.MaxValue, float.MinValue, float.MaxValue, float.MinValue);
        foreach (var m in axes.GetFamily())
            foreach (var p in m.Points)
            {
                var (x, y, _) = projection.ToPixel(p);
                (minX, maxX, minY, maxY) = (Math.Min(minX, x), Math.Max(maxX, x), Math.Min(minY, y), Math.Max(maxY, y));
            }
        // Inside the 854x480 frame with a margin of 20 px on every side.
        Assert.True(minX > 20 && maxX < 834 && minY > 20 && maxY < 460, $"axes span x {minX}..{maxX}, y {minY}..{maxY} px");
        // The top of the z axis stays below the title (pixel y grows downwards; the title is fixed in frame, 60 px a unit).
        float titleBottom = 240 - title.GetBottom().Y * 60;
        Assert.True(minY > titleBottom + 5, $"z axis top at {minY} px, title bottom at {titleBottom} px");
        // The z axis is the one that rises to the top.
        var (_, zTop, _) = projection.ToPixel(axes.ZAxis.GetEnd());
        Assert.Equal(minY, zTop, 0.5);
    }

    [Fact]
    public void Tips_EndEveryAxis()
    {
        var axes = new ThreeDAxes(axisConfig: new NumberLineConfig(IncludeTip: true));
        TestShapes.AssertClose(axes.C2P(6, 0, 0), axes.XAxis.Tip!.GetTipPoint());
        TestShapes.AssertClose(axes.C2P(0, 5, 0), axes.YAxis.Tip!.GetTipPoint());
        TestShapes.AssertClose(axes.C2P(0, 0, 4), axes.ZAxis.Tip!.GetTipPoint());
        TestShapes.AssertClose(Directions.Out, axes.ZAxis.Tip.GetDirection());
        TestShapes.AssertClose(new Vector3(0, 0, 4 * (float)ThreeDAxes.DefaultUnitSize), axes.ZAxis.GetEnd());
        // Only the z axis has one when only its config asks.
        var onlyZ = new ThreeDAxes(zAxisConfig: new NumberLineConfig(IncludeTip: true));
        Assert.Null(onlyZ.XAxis.Tip);
        Assert.NotNull(onlyZ.ZAxis.Tip);
    }

    [Fact]
    public void ZAxisLabel_StandsUprightBesideTheTop()
    {
        var axes = new ThreeDAxes();
        var label = axes.GetZAxisLabel(new Square(0.5));
        // Turned into the xz plane: no extent along y, 0.5 along z.
        Assert.True(label.GetHeight() < 1e-4, $"height {label.GetHeight()}");
        Assert.Equal(0.5, label.GetDepth(), 4);
        // Beside the top of the z axis, 0.1 to its right, centred on its top.
        var top = axes.ZAxis.GetEdgeCenter(Directions.Out);
        Assert.Equal(top.X + 0.1, label.GetLeft().X, 4);
        Assert.Equal(top.Z, label.GetCenter().Z, 4);
        var labels = axes.GetAxisLabels();
        Assert.Equal(3, labels.Count);
        Assert.Equal("z", Assert.IsType<Tex>(labels[2]).GetTex());
    }
}
