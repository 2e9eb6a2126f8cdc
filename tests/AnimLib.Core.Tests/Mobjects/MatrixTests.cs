using System.Numerics;
using AnimLib.Core.Tests.Support;
using static AnimLib.Directions;

namespace AnimLib.Core.Tests.Mobjects;

public class MatrixTests
{
    private static VMobject[,] Boxes(int rows, int cols, Func<int, int, double>? width = null)
    {
        var e = new VMobject[rows, cols];
        for (int i = 0; i < rows; i++)
            for (int j = 0; j < cols; j++)
                e[i, j] = new Rectangle(width?.Invoke(i, j) ?? 0.4, 0.3).SetFill(Palette.Blue, 1);
        return e;
    }

    [Fact]
    public void GridPitchAndChildrenOrder()
    {
        var m = new Matrix(Boxes(3, 2, (i, j) => i == 1 && j == 0 ? 0.8 : 0.4));
        Assert.Equal(8, m.Count);
        Assert.IsType<MatrixBracket>(m[^2]);
        Assert.IsType<MatrixBracket>(m[^1]);
        Assert.Equal(6, m.GetEntries().Count);
        // x step = widest (0.8) + 0.5; y step = tallest (0.3) + 0.5; bottom centres on the grid.
        var e00 = m.GetElement(0, 0);
        var e01 = m.GetElement(0, 1);
        var e10 = m.GetElement(1, 0);
        Assert.Equal(1.3, e01.GetX() - e00.GetX(), 4);
        Assert.Equal(0.8, e00.GetBottom().Y - e10.GetBottom().Y, 4);
        TestShapes.AssertClose(Vector3.Zero, m.GetCenter(), 1e-4f);
        var (left, right) = (m.GetBrackets()[0], m.GetBrackets()[1]);
        Assert.Equal(3 * 0.3 + 2 * 0.5 + 2 * 0.25, left.GetHeight(), 4);
        Assert.Equal(0.2, m.GetColumns()[0].GetLeft().X - left.GetRight().X, 4);
        Assert.True(right.GetLeft().X > m.GetColumns()[1].GetRight().X);
        Assert.Same(m.GetElement(2, 1), m.GetRows()[2][1]);
        Assert.Same(m.GetElement(2, 1), m.GetColumns()[1][2]);
    }

    [Fact]
    public void EllipsesReplaceSlotsButKeepThem()
    {
        var elements = Boxes(4, 4);
        var slot = elements[2, 0];
        var m = new Matrix(elements, ellipsesRow: -2, ellipsesCol: -2);
        Assert.Equal(7, m.GetEllipses().Count);
        Assert.Equal(9, m.GetEntries().Count);
        Assert.Same(slot, m.GetElement(2, 0));
        Assert.Equal(3, slot.Count); // now three dots
        Assert.True(slot.GetHeight() > slot.GetWidth());
        var hdots = m.GetElement(0, 2);
        Assert.True(hdots.GetWidth() > hdots.GetHeight());
    }

    [Fact]
    public void CopyRemapsRowsAndColumns()
    {
        var m = new Matrix(Boxes(2, 2));
        var c = m.Copy();
        Assert.NotSame(m.GetElement(0, 0), c.GetElement(0, 0));
        Assert.Same(c[0], c.GetElement(0, 0));
        Assert.Same(c[^1], c.GetBrackets()[1]);
        c.GetRows()[0].Shift(Up);
        Assert.Equal(m.GetElement(0, 0).GetY() + 1, c.GetElement(0, 0).GetY(), 4);
    }

    [Fact]
    public void MatrixFrame()
    {
        var scene = new LambdaScene(s => s.Add(new Matrix(Boxes(5, 4), ellipsesRow: -2, ellipsesCol: -2).SetHeight(5)));
        scene.Run(new SceneSettings(854, 480, 15), new NullOutput());
        ReferenceImages.AssertMatches(SceneRenderer.RenderSnapshot(scene.TakeSnapshot()), nameof(MatrixTests));
    }
}
