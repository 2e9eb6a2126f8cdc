using System.Numerics;
using static AnimLib.Directions;
using static AnimLib.Core.Tests.Support.TestShapes;

namespace AnimLib.Core.Tests.Mobjects;

public class LayoutTests
{
    [Fact]
    public void BoundingBoxGetters()
    {
        var box = Box(2, 1, 3, 4);
        AssertClose(new(3, 4, 0), box.GetCenter());
        AssertClose(new(3, 4.5f, 0), box.GetTop());
        AssertClose(new(2, 4, 0), box.GetLeft());
        AssertClose(new(2, 4.5f, 0), box.GetCorner(UL));
        AssertClose(new(4, 3.5f, 0), box.GetCorner(DR));
        Assert.Equal(2, box.GetWidth(), 5);
        Assert.Equal(1, box.GetHeight(), 5);
    }

    [Fact]
    public void NextToPlacesWithBuff()
    {
        var a = Box(2, 2);
        var b = Box(1, 1, 5, 5);
        b.NextTo(a, Right);
        AssertClose(new(1 + 0.25f + 0.5f, 0, 0), b.GetCenter());
        b.NextTo(a, Down, buff: 1);
        AssertClose(new(0, -1 - 1 - 0.5f, 0), b.GetCenter());
        b.NextTo(a, Up, alignedEdge: Left);
        AssertClose(new(-0.5f, 1.75f, 0), b.GetCenter());
        b.NextTo(a, DR, buff: 0.1);
        AssertClose(new(1.6f, -1.6f, 0), b.GetCenter());
    }

    [Fact]
    public void ArrangeLinesUpAndCentres()
    {
        var g = new VGroup(Box(1, 1), Box(2, 1), Box(1, 3)).Shift(new Vector3(10, 10, 0));
        g.Arrange(Right, buff: 0.5);
        AssertClose(Vector3.Zero, g.GetCenter());
        Assert.Equal(1 + 2 + 1 + 2 * 0.5, g.GetWidth(), 4);
        Assert.Equal(g[0].GetRight().X + 0.5f, g[1].GetLeft().X, 4);
        g.Arrange(Down, alignedEdge: Left, buff: 0);
        Assert.Equal(g[0].GetLeft().X, g[2].GetLeft().X, 4);
        Assert.Equal(5, g.GetHeight(), 4);
    }

    [Fact]
    public void ArrangeInGridPutsChildrenInCells()
    {
        var g = new VGroup(Enumerable.Range(0, 6).Select(_ => Box(1, 1)));
        g.ArrangeInGrid(2, 3, buff: 0.5);
        AssertClose(Vector3.Zero, g.GetCenter());
        Assert.Equal(3 * 1.5 - 0.5, g.GetWidth(), 4);
        Assert.Equal(2 * 1.5 - 0.5, g.GetHeight(), 4);
        Assert.Equal(g[0].GetY(), g[2].GetY(), 4);
        Assert.True(g[3].GetY() < g[0].GetY());
        Assert.Equal(g[0].GetX(), g[3].GetX(), 4);
    }

    [Fact]
    public void GridAndReplicate()
    {
        var grid = Box(1, 1).GetGrid(3, 4, buff: 0);
        Assert.Equal(12, grid.Count);
        Assert.Equal(4, grid.GetWidth(), 4);
        Assert.Equal(3, grid.GetHeight(), 4);
        VGroup<VMobject> copies = Box(1, 1).Replicate(3);
        Assert.Equal(3, copies.Count);
        Assert.NotSame(copies[0], copies[1]);
    }

    [Fact]
    public void ToEdgeAndCorner()
    {
        var b = Box(1, 1).ToEdge(Left);
        Assert.Equal(-Constants.FrameXRadius + 0.5, b.GetLeft().X, 4);
        Assert.Equal(0, b.GetY(), 4);
        b.ToCorner(UR, buff: 0.25);
        Assert.Equal(Constants.FrameXRadius - 0.25, b.GetRight().X, 4);
        Assert.Equal(4 - 0.25, b.GetTop().Y, 4);
    }

    [Fact]
    public void ScaleRotateFlipStretch()
    {
        var b = Box(2, 1);
        b.Scale(2, aboutEdge: Left);
        Assert.Equal(-1, b.GetLeft().X, 4);
        Assert.Equal(4, b.GetWidth(), 4);
        b.Rotate(Math.PI / 2);
        Assert.Equal(2, b.GetWidth(), 4);
        Assert.Equal(4, b.GetHeight(), 4);
        b.Stretch(3, 0);
        Assert.Equal(6, b.GetWidth(), 4);
        var p = Box(1, 1, 2, 0).Flip(Up, aboutPoint: Vector3.Zero);
        Assert.Equal(-2, p.GetX(), 4);
        Assert.Equal(1e-8, Box(1, 1).Scale(0).GetWidth(), 9);
    }

    [Fact]
    public void AlignToMatchAndSize()
    {
        var a = Box(2, 2, 3, 3);
        var b = Box(1, 1);
        b.AlignTo(a, Up);
        Assert.Equal(a.GetTop().Y, b.GetTop().Y, 4);
        Assert.Equal(0, b.GetX(), 4);
        b.MatchX(a);
        Assert.Equal(3, b.GetX(), 4);
        b.SetWidth(4);
        Assert.Equal(4, b.GetHeight(), 4);
        b.SetHeight(1, stretch: true);
        Assert.Equal(4, b.GetWidth(), 4);
        Assert.Equal(1, b.GetHeight(), 4);
        b.MatchHeight(a);
        Assert.Equal(2, b.GetHeight(), 4);
        b.Replace(a, stretch: true);
        Assert.Equal(2, b.GetWidth(), 4);
        AssertClose(a.GetCenter(), b.GetCenter());
        b.MoveTo(a, UL);
        AssertClose(a.GetCorner(UL), b.GetCorner(UL));
    }

    [Fact]
    public void GroupIndexingWithRanges()
    {
        var g = new VGroup(Enumerable.Range(0, 5).Select(i => Box(1, 1, i)));
        Assert.Equal(4, g[^1].GetX(), 4);
        var middle = g[1..3];
        Assert.Equal(2, middle.Count);
        Assert.Same(g[1], middle[0]);
        Assert.Equal(5, g.Count());
    }

    [Fact]
    public void CopyIsDeepAndSharesNothing()
    {
        var child = Box(1, 1);
        var g = new VGroup(child, Box(1, 1, 2));
        var row = new VGroup(child);
        var c = g.Copy();
        Assert.NotSame(g[0], c[0]);
        c[0].Shift(Right);
        Assert.Equal(0, child.GetX(), 4);
        Assert.Empty(c.Parents);
        Assert.Contains(row, child.Parents);
    }

    [Fact]
    public void SaveStateRestoreAndBecome()
    {
        var b = Box(1, 1).SetFill(Palette.Red, 1);
        b.SaveState();
        b.Shift(Right * 3).SetFill(Palette.Blue);
        b.Restore();
        Assert.Equal(0, b.GetX(), 4);
        Assert.Equal(Palette.Red, b.FillColor);
        var target = new VGroup(Box(1, 1, 5), Box(1, 1, 7));
        var single = Box(2, 2);
        single.Become(target);
        Assert.Equal(2, single.Count);
        Assert.Equal(6, single.GetX(), 4);
        Assert.Equal(2, target.Count);
    }

    [Fact]
    public void StylesRecurseAndGradient()
    {
        var g = new VGroup(Box(1, 1), Box(1, 1), Box(1, 1));
        g.SetFill(Palette.Green, 0.5).SetStroke(width: 2);
        Assert.All(g, m => Assert.Equal(0.5, m.FillOpacity));
        Assert.All(g, m => Assert.Equal(2, m.StrokeWidth));
        g.SetSubmobjectColorsByGradient(Palette.Blue, Palette.Red);
        Assert.Equal(Palette.Blue.ToHex(), g[0].FillColor.ToHex());
        Assert.Equal(Palette.Red.ToHex(), g[2].StrokeColor.ToHex());
        g.SetOpacity(0.3);
        Assert.All(g, m => Assert.Equal(0.3, m.StrokeOpacity));
        Assert.Equal(Palette.Red.ToHex(), g[2].GetColor().ToHex());
    }

    [Fact]
    public void UpdatersRunEachUpdateAndCanBeRemoved()
    {
        var b = Box(1, 1);
        double total = 0;
        Action<VMobject, double> shift = (m, dt) => { total += dt; m.Shift(Right * (float)dt); };
        b.AddUpdater(shift);
        b.Update(0.5);
        b.Update(0.5);
        Assert.Equal(1, b.GetX(), 4);
        b.RemoveUpdater(shift);
        b.Update(1);
        Assert.Equal(1, b.GetX(), 4);
        Assert.Equal(1, total, 6);
    }
}
