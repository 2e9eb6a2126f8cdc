using System.Numerics;
using static AnimLib.Anim;

namespace AnimLib.Bench.Scenes;

/// <summary>400 dots on a 20x20 grid (spacing 0.35): lagged FadeIn (lag 0.01) over 2 s, then the group rotates by π over 3 s. 5 s of video.</summary>
public sealed class ManyDotsBench : Scene
{
    private const int N = 20;

    /// <inheritdoc/>
    protected override void Construct()
    {
        const float spacing = 0.35f;
        const float offset = (N - 1) / 2f;
        var grid = new List<VMobject>();
        for (int j = 0; j < N; j++)
        for (int i = 0; i < N; i++)
            grid.Add(new Dot(new Vector3((i - offset) * spacing, (j - offset) * spacing, 0)));
        var dots = new VGroup(grid);
        // The run time goes to the group itself: it stretches the 400 lagged fades into 2 s.
        Play(LaggedStart(dots.Submobjects.Select(d => (Animation)FadeIn(d)), lagRatio: 0.01, runTime: 2));
        Play(new BenchRotate(dots, Math.PI), runTime: 3);
    }
}
