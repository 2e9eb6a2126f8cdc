using System.Numerics;
using static AnimLib.Anim;
using static AnimLib.Directions;
using static AnimLib.Palette;

namespace AnimLib.Scenes.Demos;

/// <summary>
/// The 3D camera at work: two cubes, a sphere and a wavy surface, lit by the scene light and depth sorted, while the
/// camera swings around them, dives, and orbits; the title stays fixed in the frame.
/// </summary>
public sealed class CameraDemo : Scene
{
    /// <inheritdoc/>
    protected override void Construct()
    {
        var title = new Text("The 3D camera", 40).ToEdge(Up).FixInFrame();
        var cubeA = new Cube(color: Blue).SetShading(0.4, 0.4, 0.3).Shift(new Vector3(-2.5f, 0, 1));
        var cubeB = new Cube(sideLength: 1.2, color: Red).SetShading(0.4, 0.4, 0.3).Shift(new Vector3(-1.2f, -2.2f, 0.6f));
        var sphere = new Sphere(radius: 1.1, color: Teal).Shift(new Vector3(2.4f, 0.4f, 1.1f));
        var floor = new Surface((u, v) => VectorMath.Vec(u, v, 0.25 * Math.Sin(1.3 * u) * Math.Cos(1.3 * v) - 0.3),
            uRange: (-5, 5), vRange: (-4, 4), resolution: (28, 22), color: GreyBrown, opacity: 1);

        Frame.Reorient(-20, 65, 0, new Vector3(0, 0, 0.5f), 9);
        Play(FadeIn(floor), FadeIn(cubeA), runTime: 1);
        Play(FadeIn(cubeB, shift: Out), FadeIn(sphere, shift: Out), runTime: 1);
        // Added last, so it is painted over the 3D content (fixed-in-frame mobjects keep their place in the draw order).
        Play(FadeIn(title, shift: Down), runTime: 0.8);
        // Swing around: the sphere passes in front of the big cube, and occlusion follows.
        Play(Frame.Animate().Reorient(120, 70, 0), runTime: 3);
        Play(Frame.Animate().Reorient(200, 40, 0, new Vector3(0, 0, 1), 7), runTime: 2.5);
        Play(sphere.Animate().Shift(new Vector3(-2.4f, -0.4f, 0)), cubeA.Animate().Shift(new Vector3(0, 2, 0)), runTime: 2);
        Frame.AddAmbientRotation(20 * Constants.Degrees);
        Wait(2);
        Frame.ClearUpdaters();
        Play(Frame.Animate().Reorient(0, 0, 0, new Vector3(0, 0, 0), 8), runTime: 2.5);
        Wait(0.5);
    }
}
