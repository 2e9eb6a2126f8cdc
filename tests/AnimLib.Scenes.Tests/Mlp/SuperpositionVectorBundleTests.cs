using AnimLib.Scenes.Mlp;

namespace AnimLib.Scenes.Tests.Mlp;

public class SuperpositionVectorBundleTests
{
    [Fact]
    public void VectorsEndNearUnitLengthAndSpreadOut()
    {
        var scene = new SuperpositionVectorBundle();
        scene.Run(new SceneSettings(427, 240, 6), new NullOutput());
        // Thirteen vectors (three axes + ten random) end near unit length and spread out: no two within 25° of each other
        // or of opposite (13 lines cannot all be orthogonal in 3D; the sixth-power loss only pushes the closest pairs apart).
        var vectors = scene.Mobjects.OfType<VGroup<Vector>>().Single();
        Assert.Equal(13, vectors.Count);
        var directions = vectors.Select(v => ((Vector)v).GetVector()).ToList();
        Assert.All(directions, d => Assert.InRange(d.Length(), 0.8, 1.2));
        var cosines = new List<double>();
        for (int i = 0; i < directions.Count; i++)
            for (int j = i + 1; j < directions.Count; j++)
                cosines.Add(Math.Abs(System.Numerics.Vector3.Dot(System.Numerics.Vector3.Normalize(directions[i]), System.Numerics.Vector3.Normalize(directions[j]))));
        Assert.True(cosines.Max() < Math.Cos(25 * Math.PI / 180), $"largest |cos| {cosines.Max()}");
    }
}
