using static AnimLib.Anim;
using static AnimLib.Palette;

namespace MyScenes;

/// <summary>Tex transforms: an equation is rearranged step by step, matching pieces by their source.</summary>
public sealed class TexTransformExample : Scene
{
    /// <inheritdoc/>
    protected override void Construct()
    {
        var colors = new Dictionary<string, Color> { ["x"] = Blue, ["y"] = Yellow };
        var steps = new[]
        {
            new Tex("2x + 3 = y", fontSize: 72, t2c: colors),
            new Tex("2x = y - 3", fontSize: 72, t2c: colors),
            new Tex(@"x = \frac{y - 3}{2}", fontSize: 72, t2c: colors),
        };
        Play(Write(steps[0]));
        Wait(0.5);
        for (int i = 1; i < steps.Length; i++)
        {
            Play(TransformMatchingStrings(steps[i - 1], steps[i], pathArc: 90 * Constants.Degrees));
            Wait(0.5);
        }
        Play(FlashAround(steps[^1]));
        Wait();
    }
}
