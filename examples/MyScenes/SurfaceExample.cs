using static AnimLib.Anim;
using static AnimLib.Directions;
using static AnimLib.Palette;

namespace MyScenes;

/// <summary>A 3D surface with a camera move: a ripple surface on 3D axes, the camera swings round and orbits.</summary>
public sealed class SurfaceExample : Scene
{
    /// <inheritdoc/>
    protected override void Construct()
    {
        var axes = new ThreeDAxes();
        // In the axes' coordinates, so the ripple lines up with their ticks whatever their size.
        var surface = new Surface((u, v) => axes.C2P(u, v, 0.6 * Math.Cos(Math.Sqrt(u * u + v * v) * 1.5)),
            uRange: (-3, 3), vRange: (-3, 3), resolution: (24, 24), color: Blue, opacity: 0.9);
        var title = new Text("z = 0.6 cos(1.5 r)", fontSize: 36).ToEdge(Up).FixInFrame();
        Frame.Reorient(-30, 70, 0);
        Play(FadeIn(axes), FadeIn(surface), runTime: 1.5);
        Add(title);
        Play(Frame.Animate().Reorient(60, 50, 0, Pt(0, 0, 0.3), 7), runTime: 3);
        Frame.AddAmbientRotation(15 * Constants.Degrees);
        Wait(2);
    }
}
