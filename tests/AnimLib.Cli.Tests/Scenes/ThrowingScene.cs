using static AnimLib.Anim;
using static AnimLib.Directions;

namespace AnimLib.Cli.Tests.Scenes;

/// <summary>Three plays; the third (index 2) throws halfway when <see cref="Throw"/> is set.</summary>
public sealed class ThrowingScene : Scene
{
    public static bool Throw { get; set; }

    protected override void Construct()
    {
        var square = new Square(1).SetFill(Palette.Teal, 1);
        Play(FadeIn(square), runTime: 0.5);
        Play(square.Animate().Shift(Right), runTime: 0.5);
        Play(new ExplodingAnimation(square), runTime: 0.5);
    }
}
