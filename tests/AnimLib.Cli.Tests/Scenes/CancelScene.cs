using static AnimLib.Anim;
using static AnimLib.Directions;

namespace AnimLib.Cli.Tests.Scenes;

/// <summary>Calls <see cref="BetweenAnimations"/> after its first play, so a test can cancel mid-render.</summary>
public sealed class CancelScene : Scene
{
    public static Action? BetweenAnimations { get; set; }

    protected override void Construct()
    {
        var square = new Square(1);
        Play(FadeIn(square), runTime: 0.5);
        BetweenAnimations?.Invoke();
        Play(square.Animate().Shift(Right), runTime: 0.5);
    }
}
