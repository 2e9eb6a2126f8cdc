using System.Numerics;
using AnimLib.Core.Tests.Support;
using static AnimLib.Directions;

namespace AnimLib.Core.Tests.Mobjects;

/// <summary>Axis tips (ManimGL's <c>include_tip</c>) and axis labels (<c>get_x_axis_label</c> and friends).</summary>
public class AxisTipAndLabelTests
{
    private static readonly NumberLineConfig Tips = new(IncludeTip: true);

    [Fact]
    public void NumberLineTip_PointsAtTheEnd_AndTheStrokeStopsAtItsBase()
    {
        var line = new NumberLine((-4, 4, 1), config: Tips);
        var tip = Assert.IsType<ArrowTip>(line.Tip);
        Assert.True(line.HasTip());
        Assert.Contains(tip, line.Submobjects);
        TestShapes.AssertClose(new Vector3(4, 0, 0), tip.GetTipPoint());
        TestShapes.AssertClose(new Vector3(3.75f, 0, 0), tip.GetBase());
        // ManimGL's tip_config: width 0.25, length 0.25, the line's colour, filled.
        Assert.Equal(0.25, tip.GetWidth(), 4);
        Assert.Equal(0.25, tip.GetHeight(), 4);
        Assert.Equal(Palette.GreyB, tip.FillColor);
        Assert.Equal(1, tip.FillOpacity);
        TestShapes.AssertClose(new Vector3(3.75f, 0, 0), line.Points[^1]);
        // Numbers keep their points: the tip's point is XMax.
        TestShapes.AssertClose(new Vector3(4, 0, 0), line.GetEnd());
        TestShapes.AssertClose(new Vector3(2, 0, 0), line.N2P(2));
        Assert.Equal(3, line.P2N(new Vector3(3, 0.5f, 0)), 4);
        Assert.Equal(9, line.Ticks.Count);
    }

    [Fact]
    public void TipSizeComesFromTheConfig_AndNoTipByDefault()
    {
        var line = new NumberLine((0, 5, 1), config: new(IncludeTip: true, TipWidth: 0.4, TipLength: 0.3));
        Assert.Equal(0.3, line.Tip!.GetWidth(), 4);
        Assert.Equal(0.4, line.Tip.GetHeight(), 4);
        Assert.Null(new NumberLine((0, 5, 1)).Tip);
        Assert.False(new NumberLine((0, 5, 1)).HasTip());
    }

    [Fact]
    public void AxesTips_SitAtTheRangeEnds_AndLeaveCoordinatesAlone()
    {
        var plain = new Axes((-4, 4), (-2, 3));
        var tipped = new Axes((-4, 4), (-2, 3), axisConfig: Tips);
        TestShapes.AssertClose(plain.C2P(1.5, -1), tipped.C2P(1.5, -1));
        TestShapes.AssertClose(tipped.C2P(4, 0), tipped.XAxis.Tip!.GetTipPoint());
        TestShapes.AssertClose(tipped.C2P(0, 3), tipped.YAxis.Tip!.GetTipPoint());
        TestShapes.AssertClose(Right, tipped.XAxis.Tip.GetDirection());
        TestShapes.AssertClose(Up, tipped.YAxis.Tip.GetDirection());
        // Per-axis configs decide per axis.
        var onlyX = new Axes((-4, 4), (-2, 3), xAxisConfig: Tips);
        Assert.NotNull(onlyX.XAxis.Tip);
        Assert.Null(onlyX.YAxis.Tip);
    }

    [Fact]
    public void TipFollowsMovesAndCopies()
    {
        var axes = new Axes((-4, 4), (-2, 3), axisConfig: Tips).Shift(new Vector3(1, 1, 0));
        TestShapes.AssertClose(axes.C2P(4, 0), axes.XAxis.Tip!.GetTipPoint());
        var copy = axes.Copy();
        copy.Shift(Up);
        Assert.Contains(copy.XAxis.Tip!, copy.XAxis.Submobjects);
        TestShapes.AssertClose(copy.C2P(4, 0), copy.XAxis.Tip!.GetTipPoint());
        TestShapes.AssertClose(axes.C2P(4, 0) + Up, copy.XAxis.Tip.GetTipPoint());
    }

    [Fact]
    public void AxisLabels_SitByTheAxisEnds()
    {
        var axes = new Axes((-4, 4), (-2, 3));
        // x: below and left of the right end, 0.25 away (ManimGL: edge RIGHT, direction DL, buff MED_SMALL_BUFF).
        var x = axes.GetXAxisLabel(new Square(0.5));
        TestShapes.AssertClose(axes.XAxis.GetEdgeCenter(Right) + DL * 0.25f, x.GetCorner(UR));
        // y: below and right of the top (edge UP, direction DR).
        var y = axes.GetYAxisLabel(new Square(0.5));
        TestShapes.AssertClose(axes.YAxis.GetEdgeCenter(Up) + DR * 0.25f, y.GetCorner(UL));
        // Custom edge, direction and gap.
        var custom = axes.GetXAxisLabel(new Square(0.5), edge: Right, direction: Right, buff: 0.1);
        Assert.Equal(axes.XAxis.GetRight().X + 0.1, custom.GetLeft().X, 4);
        Assert.Equal(axes.XAxis.GetRight().Y, custom.GetCenter().Y, 4);
    }

    [Fact]
    public void GetAxisLabels_AreTexXAndY()
    {
        var axes = new Axes((-4, 4), (-2, 3), axisConfig: Tips);
        var labels = axes.GetAxisLabels();
        Assert.Same(labels, axes.AxisLabels);
        Assert.Equal(2, labels.Count);
        var (x, y) = (Assert.IsType<Tex>(labels[0]), Assert.IsType<Tex>(labels[1]));
        Assert.Equal("x", x.GetTex());
        // The x label ends 0.25 left of the tip's point and hangs below the axis; the y label is right of the top.
        Assert.Equal(axes.XAxis.Tip!.GetTipPoint().X - 0.25, x.GetRight().X, 3);
        Assert.True(x.GetTop().Y < axes.C2P(0, 0).Y - 0.2);
        Assert.Equal(axes.YAxis.GetEdgeCenter(Up).Y - 0.25, y.GetTop().Y, 3);
        Assert.True(y.GetLeft().X > axes.C2P(0, 0).X + 0.2);
    }
}
