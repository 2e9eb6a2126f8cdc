using System.Numerics;
using AnimLib.Capture;
using AnimLib.Core.Tests.Support;
using AnimLib.Display;
using static AnimLib.Palette;

namespace AnimLib.Core.Tests.ThreeD;

/// <summary><see cref="SurfaceMesh"/> lines and checkerboard colours on <see cref="Surface"/>.</summary>
public class SurfaceMeshLinesTests
{
    /// <summary>A flat 4x4 sheet over [−2, 2]², normal Out, 5 samples each way.</summary>
    private static Surface Sheet(int samples = 5) =>
        new((u, v) => new Vector3((float)u, (float)v, 0), uRange: (-2, 2), vRange: (-2, 2), resolution: (samples, samples));

    [Fact]
    public void Mesh_HasULinesThenVLines_AsManimGLCounts()
    {
        var mesh = new SurfaceMesh(Sheet(33));
        Assert.Equal((21, 11), mesh.Resolution);
        Assert.Equal(21 + 11, mesh.Count);
        Assert.Equal(21, mesh.ULines.Count);
        Assert.Equal(11, mesh.VLines.Count);
        var small = new SurfaceMesh(Sheet(), resolution: (5, 3));
        Assert.Equal(8, small.Count);
    }

    [Fact]
    public void Lines_RunAlongTheParameterLines_LiftedAlongTheNormal()
    {
        var mesh = new SurfaceMesh(Sheet(), resolution: (5, 3), normalNudge: 0.05);
        // u lines (constant u) run along v: from (u, −2) to (u, 2); the 5 of them are at u = −2, −1, 0, 1, 2.
        for (int k = 0; k < 5; k++)
        {
            var line = mesh[k];
            TestShapes.AssertClose(new Vector3(-2 + k, -2, 0.05f), line.GetStart());
            TestShapes.AssertClose(new Vector3(-2 + k, 2, 0.05f), line.GetEnd());
        }
        // 3 v lines at v = −2, 0, 2 (the middle one between sample rows 1 and 3 falls on row 2).
        for (int k = 0; k < 3; k++)
        {
            var line = mesh[5 + k];
            TestShapes.AssertClose(new Vector3(-2, -2 + 2 * k, 0.05f), line.GetStart());
            TestShapes.AssertClose(new Vector3(2, -2 + 2 * k, 0.05f), line.GetEnd());
        }
        // Between sample rows the line is interpolated: 4 lines over 5 samples put one at index 4/3, u = −2/3.
        var between = new SurfaceMesh(Sheet(), resolution: (4, 2));
        Assert.Equal(-2 + 4.0 / 3, between[1].GetStart().X, 4);
    }

    [Fact]
    public void Lines_AreThinGreyAndDepthTested()
    {
        var mesh = new SurfaceMesh(Sheet());
        foreach (var line in mesh)
        {
            Assert.Equal(1, line.StrokeWidth);
            Assert.Equal(GreyA, line.StrokeColor);
            Assert.True(line.DepthTest);
        }
        var styled = new SurfaceMesh(Sheet(), strokeWidth: 2, strokeColor: Yellow, strokeOpacity: 0.5);
        Assert.All(styled, l => Assert.True(l.StrokeWidth == 2 && l.StrokeColor == Yellow && l.StrokeOpacity == 0.5));
        Assert.Throws<ArgumentOutOfRangeException>(() => new SurfaceMesh(Sheet(), resolution: (0, 3)));
    }

    [Fact]
    public void Checkerboard_AlternatesQuadColours()
    {
        var surface = new Surface((u, v) => new Vector3((float)u, (float)v, 0), uRange: (-2, 2), vRange: (-2, 2), resolution: (5, 5),
            checkerboardColors: [Red, Blue]);
        Assert.Equal(Red, surface.GetQuadColor(0, 0));
        Assert.Equal(Blue, surface.GetQuadColor(0, 1));
        Assert.Equal(Blue, surface.GetQuadColor(1, 0));
        Assert.Equal(Red, surface.GetQuadColor(3, 1));
        var three = Sheet().SetFillByCheckerboard(Red, Green, Blue);
        Assert.Equal(Blue, three.GetQuadColor(1, 1));
        Assert.Equal(Red, three.GetQuadColor(2, 1));
        // One colour again after SetColor.
        three.SetColor(Yellow);
        Assert.Null(three.CheckerboardColors);
        Assert.Equal(Yellow, three.GetQuadColor(2, 1));
        // Copies keep the pattern.
        var copy = surface.Copy();
        Assert.Equal(Blue, copy.GetQuadColor(2, 1));
    }

    [Fact]
    public void Checkerboard_ReachesTheMesh_QuadByQuad()
    {
        // Unlit, so every vertex of a quad has the quad's colour; the default camera shows the sheet face on at 60 px a unit.
        var surface = Sheet().SetFillByCheckerboard([Red, Blue], opacity: 1).SetShading(0, 0, 0);
        var snapshot = SnapshotBuilder.Build([surface], new CameraFrame(), new FrameFormat(854, 480));
        var mesh = Assert.Single(snapshot.Items.OfType<MeshItem>());
        Assert.Equal(16 * 6, mesh.VertexCount);
        int red = 0, blue = 0;
        for (int t = 0; t < mesh.VertexCount; t += 3)
        {
            float cx = 0, cy = 0;
            for (int k = t; k < t + 3; k++) (cx, cy) = (cx + mesh.Positions[2 * k] / 3, cy + mesh.Positions[2 * k + 1] / 3);
            int i = (int)Math.Floor((cx - 427) / 60 + 2), j = (int)Math.Floor((240 - cy) / 60 + 2);
            var expected = (i + j) % 2 == 0 ? Red : Blue;
            for (int k = t; k < t + 3; k++)
            {
                Assert.Equal(expected.R, mesh.Colors[4 * k], 3);
                Assert.Equal(expected.G, mesh.Colors[4 * k + 1], 3);
                Assert.Equal(expected.B, mesh.Colors[4 * k + 2], 3);
            }
            if (expected == Red) red++; else blue++;
        }
        Assert.Equal(16, red);
        Assert.Equal(16, blue);
    }
}
