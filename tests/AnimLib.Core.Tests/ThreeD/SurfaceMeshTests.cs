using AnimLib.Capture;
using AnimLib.Display;

namespace AnimLib.Core.Tests.ThreeD;

/// <summary>How a surface becomes a mesh: its vertex colours across a closed surface's seam, and its outline edges.</summary>
public class SurfaceMeshTests
{
    private static MeshItem Mesh(Mobject surface)
    {
        var frame = new CameraFrame().Reorient(30, 70, 0);
        var snapshot = SnapshotBuilder.Build([surface], frame, new FrameFormat(854, 480));
        return Assert.Single(snapshot.Items.OfType<MeshItem>());
    }

    [Theory]
    [InlineData("sphere")]
    [InlineData("torus")]
    public void ClosedSurface_IsLitTheSameOnBothSidesOfItsSeam(string kind)
    {
        // Where the parameter range closes up (u = 0 and u = 2π on a sphere; both directions on a torus) the first and last
        // rows of samples are the same points. Lit with normals from one side only, the seam showed as a step in shading.
        Mobject surface = kind == "sphere" ? new Sphere(2) : new Torus();
        var mesh = Mesh(surface);
        var colours = new Dictionary<(float, float), List<(float R, float G, float B)>>();
        for (int v = 0; v < mesh.VertexCount; v++)
        {
            var key = (MathF.Round(mesh.Positions[2 * v], 2), MathF.Round(mesh.Positions[2 * v + 1], 2));
            if (!colours.TryGetValue(key, out var list)) colours[key] = list = [];
            list.Add((mesh.Colors[4 * v], mesh.Colors[4 * v + 1], mesh.Colors[4 * v + 2]));
        }
        // A grid vertex is a corner of at most six triangles; a pole, where a whole row of samples meets, of many more:
        // those are left out (every quad around a pole has its own normal there).
        int shared = 0;
        foreach (var (key, list) in colours.Where(p => p.Value.Count is > 1 and <= 12))
        {
            shared += list.Count;
            var first = list[0];
            foreach (var c in list)
                Assert.True(MathF.Abs(first.R - c.R) < 1e-3f && MathF.Abs(first.G - c.G) < 1e-3f && MathF.Abs(first.B - c.B) < 1e-3f,
                    $"two colours at pixel {key}: {first} and {c}");
        }
        Assert.True(shared > mesh.VertexCount / 2, "vertices are shared between neighbouring triangles");
    }

    [Fact]
    public void FlatSheet_OutlineIsItsBorder()
    {
        // An 11x11-sample sheet facing the camera has no folds: its outline is the 4 x 10 edges of its border.
        var sheet = new Surface((u, v) => new System.Numerics.Vector3((float)u, (float)v, 0), uRange: (-2, 2), vRange: (-2, 2), resolution: (11, 11));
        var snapshot = SnapshotBuilder.Build([sheet], new CameraFrame(), new FrameFormat(854, 480));
        var mesh = Assert.Single(snapshot.Items.OfType<MeshItem>());
        Assert.Equal(10 * 10 * 6, mesh.VertexCount);
        Assert.NotNull(mesh.OutlineEdges);
        Assert.Equal(40, mesh.OutlineEdges!.Length / 4);
        Assert.Equal(mesh.OutlineEdges.Length, mesh.OutlineColors!.Length);
    }
}
