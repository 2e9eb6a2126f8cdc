using static AnimLib.Anim;
using static AnimLib.Directions;

namespace AnimLib.Cli.Tests.Scenes;

/// <summary>Sections intro (2 segments), main (1), skipped (1, left out), outro (1); subcaptions in intro and main.</summary>
public sealed class SectionScene : Scene
{
    protected override void Construct()
    {
        var dot = new Circle(0.5).SetFill(Palette.Yellow, 1);
        NextSection("intro");
        Play(FadeIn(dot), runTime: 0.5, subcaption: "A dot appears");
        Wait(0.3);
        NextSection("main");
        AddSubcaption("It moves right", duration: 1, offset: 0.2);
        Play(dot.Animate().Shift(2 * Right), runTime: 1);
        NextSection("skipped", skipAnimations: true);
        Play(dot.Animate().Shift(2 * Up), runTime: 1);
        NextSection("outro");
        Play(FadeOut(dot), runTime: 0.4);
    }
}
