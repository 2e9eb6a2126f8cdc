using System.Numerics;

namespace AnimLib.Bench.Scenes;

/// <summary>
/// Two dozen solids (cubes, spheres, prisms and dodecahedra, every other one at opacity 0.5) overlapping in a cluster,
/// depth tested, while the camera orbits it once: 10 s of video, every frame different. Sizes, turns and places come
/// from <c>System.Random</c> with seed 2026.
/// </summary>
public sealed class DepthBench : Scene
{
    private const int Count = 24;

    /// <inheritdoc/>
    protected override void Construct()
    {
        var random = new Random(2026);
        double Between(double low, double high) => low + (high - low) * random.NextDouble();
        Color[] colors = [Palette.BlueD, Palette.RedD, Palette.GreenD, Palette.YellowD, Palette.PurpleD, Palette.TealD, Palette.GoldD, Palette.MaroonD];
        var solids = new Group();
        for (int i = 0; i < Count; i++)
        {
            var color = colors[i % colors.Length];
            double opacity = i % 2 == 0 ? 1 : 0.5;
            Mobject solid = (i % 4) switch
            {
                0 => new Cube(Between(0.8, 1.4), color, opacity),
                1 => new Sphere(Between(0.45, 0.8), color, opacity),
                2 => new Prism(Between(0.6, 1.8), Between(0.5, 1.2), Between(0.4, 1.0), color, opacity),
                _ => new Dodecahedron(color, opacity, color).Scale(Between(0.35, 0.5)),
            };
            var axis = Vector3.Normalize(new Vector3((float)Between(-1, 1), (float)Between(-1, 1), (float)Between(-1, 1)) + new Vector3(0, 0, 0.01f));
            solid.Rotate(Between(0, Math.PI), axis);
            // A ball of radius 2.7, denser toward the centre: neighbours overlap, and the camera sees through the translucent ones.
            var direction = Vector3.Normalize(new Vector3((float)Between(-1, 1), (float)Between(-1, 1), (float)Between(-1, 1)) + new Vector3(0.01f, 0, 0));
            solid.MoveTo(direction * (float)(2.7 * Math.Sqrt(random.NextDouble())));
            solids.Add(solid);
        }
        Frame.Reorient(-30, 70, 0);
        Add(solids);
        // One full turn in 10 s: 36 degrees a second.
        Frame.AddAmbientRotation(36 * Constants.Degrees);
        Wait(10);
    }
}
