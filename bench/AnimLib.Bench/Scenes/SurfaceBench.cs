namespace AnimLib.Bench.Scenes;

/// <summary>
/// A 60x60 parametric surface (a rippled sheet, shaded, depth-tested) seen while the camera orbits it once: 10 s of
/// video, every frame different.
/// </summary>
public sealed class SurfaceBench : Scene
{
    /// <inheritdoc/>
    protected override void Construct()
    {
        var surface = new Surface(
            (u, v) => VectorMath.Vec(u, v, 0.6 * Math.Sin(1.4 * u) * Math.Cos(1.1 * v)),
            uRange: (-3, 3), vRange: (-3, 3), resolution: (60, 60), color: Palette.BlueD);
        Frame.Reorient(-30, 65, 0);
        Add(surface);
        // One full turn in 10 s: 36 degrees a second.
        Frame.AddAmbientRotation(36 * Constants.Degrees);
        Wait(10);
    }
}
