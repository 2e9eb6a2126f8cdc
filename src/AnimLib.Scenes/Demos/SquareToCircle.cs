using static AnimLib.Anim;
using static AnimLib.Directions;
using static AnimLib.Palette;

namespace AnimLib.Scenes.Demos;

/// <summary>The classic first scene: draw a square, morph it into a circle, slide and fade it.</summary>
public sealed class SquareToCircle : Scene
{
    /// <inheritdoc/>
    protected override void Construct()
    {
        var square = new Square().SetFill(Blue, 0.5);
        var circle = new Circle().SetStroke(Yellow, 4);
        Play(ShowCreation(square));
        Play(Transform(square, circle), runTime: 2);
        Play(square.Animate().Shift(2 * Right).SetOpacity(0.3));
        Wait();
    }
}
