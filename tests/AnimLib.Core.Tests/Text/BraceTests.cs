using System.Numerics;
using static AnimLib.Directions;

namespace AnimLib.Core.Tests.Text;

public class BraceTests
{
    [Fact]
    public void SpansTheMobjectBelowIt()
    {
        var rect = new Rectangle(width: 4, height: 1);
        var brace = new Brace(rect, Down, buff: 0.2);
        Assert.Equal(4, brace.GetWidth(), 1);
        Assert.Equal(-0.5 - 0.2, brace.GetTop().Y, 2);
        Assert.Equal(0, brace.GetTip().X, 3);
        Assert.Equal(brace.GetBottom().Y, brace.GetTip().Y, 3);
        Assert.Equal(1, brace.FillOpacity);
    }

    [Fact]
    public void NarrowBracesHaveFinitePoints()
    {
        // Below 0.8 wide the straight runs of the outline have zero length.
        foreach (double width in new[] { 0.05, 0.3, 0.4, 0.8 })
        {
            var brace = new Brace(new Rectangle(width: width, height: 1), Up);
            Assert.All(brace.Points, p => Assert.True(float.IsFinite(p.X) && float.IsFinite(p.Y), $"width {width}: {p}"));
            Assert.InRange(brace.GetWidth(), width - 0.01, width + 0.1);
        }
    }

    [Fact]
    public void PointsAnyDirection()
    {
        var rect = new Rectangle(width: 4, height: 1);
        var brace = new Brace(rect, Right);
        Assert.Equal(1, brace.GetHeight(), 1);
        Assert.True(brace.GetLeft().X > 2);
        Assert.True(brace.GetTip().X > brace.GetLeft().X);
        var label = brace.GetText("width");
        Assert.True(label.GetLeft().X > brace.GetTip().X);
        Assert.Equal(brace.GetTip().Y, label.GetCenter().Y, 2);
    }

    [Fact]
    public void TipFollowsTransforms()
    {
        var brace = new Brace(new Square(), Down);
        var tip = brace.GetTip();
        brace.Shift(new Vector3(1, 2, 0));
        Assert.Equal(tip.X + 1, brace.GetTip().X, 4);
        Assert.Equal(tip.Y + 2, brace.GetTip().Y, 4);
    }
}
