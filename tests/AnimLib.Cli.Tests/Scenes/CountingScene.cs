using static AnimLib.Anim;
using static AnimLib.Directions;

namespace AnimLib.Cli.Tests.Scenes;

/// <summary>Five segments of different lengths: at 10 fps 10, 10, 5, 7 and 10 frames.</summary>
public sealed class CountingScene : Scene
{
    public static readonly int[] FramesAt10Fps = [10, 10, 5, 7, 10];

    protected override void Construct()
    {
        var square = new Square(2).SetFill(Palette.Blue, 0.8).SetStroke(Palette.Yellow, 4).Shift(3 * Left);
        Play(FadeIn(square));
        Play(square.Animate().Shift(4 * Right), rateFunc: RateFunctions.Linear);
        Play(square.Animate().SetFill(Palette.Red, 1), runTime: 0.5);
        Wait(0.7);
        Play(square.Animate().Shift(2 * Down).Scale(0.5));
    }
}
