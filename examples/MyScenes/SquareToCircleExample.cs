using static AnimLib.Anim;
using static AnimLib.Directions;
using static AnimLib.Palette;

namespace MyScenes;

/// <summary>The classic: a square is drawn, morphs into a circle, rotates and slides away.</summary>
public sealed class SquareToCircleExample : Scene
{
    /// <inheritdoc/>
    protected override void Construct()
    {
        var square = new Square().SetFill(Blue, 0.5).SetStroke(BlueA, 4);
        var circle = new Circle().SetFill(Red, 0.5).SetStroke(RedA, 4);
        Play(ShowCreation(square));
        Play(square.Animate().Rotate(Math.PI / 4));
        Play(ReplacementTransform(square, circle), runTime: 1.5);
        Play(circle.Animate().Shift(2 * Left).Scale(0.5));
        Play(circle.Animate().Shift(4 * Right), rateFunc: RateFunctions.ThereAndBack, runTime: 2);
        Wait();
    }
}
