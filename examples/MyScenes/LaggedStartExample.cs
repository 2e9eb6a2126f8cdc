using static AnimLib.Anim;
using static AnimLib.Directions;
using static AnimLib.Palette;

namespace MyScenes;

/// <summary>
/// A LaggedStart showcase: a grid of squares with seeded random colours fades in with a lag, waves, and leaves in a
/// succession; the same seed gives the same colours on every render.
/// </summary>
public sealed class LaggedStartExample : Scene
{
    /// <summary>Fixed seed for <see cref="Scene.Random"/>: the colours are the same on every render.</summary>
    public override int RandomSeed => 42;

    /// <inheritdoc/>
    protected override void Construct()
    {
        Color[] colors = [Blue, Teal, Green, Yellow, Red, Purple];
        var grid = new VGroup(Enumerable.Range(0, 40).Select(_ =>
            (VMobject)new Square(0.6).SetFill(colors[Random.Next(colors.Length)], 0.8).SetStroke(White, 1)));
        grid.ArrangeInGrid(5, 8, buff: 0.2);
        Play(LaggedStartMap(s => FadeIn(s, shift: Down * 0.5, scale: 0.5), grid, lagRatio: 0.05, runTime: 2));
        Play(LaggedStartMap(s => Indicate(s, color: White), grid, lagRatio: 0.03, runTime: 2));
        Play(LaggedStart(grid.Select(s => (Animation)s.Animate().Rotate(Math.PI / 2)), lagRatio: 0.02, runTime: 1.5));
        Play(Succession(FadeOut(grid[..20], shift: Left), FadeOut(grid[20..], shift: Right)), runTime: 2);
        Wait(0.5);
    }
}
