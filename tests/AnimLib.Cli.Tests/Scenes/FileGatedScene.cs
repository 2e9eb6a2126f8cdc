using static AnimLib.Anim;
using static AnimLib.Directions;

namespace AnimLib.Cli.Tests.Scenes;

/// <summary>
/// Four half-second animations. When <c>ANIMLIB_TEST_GATE</c> names a folder, the scene writes <c>reached</c> there after
/// its second animation and waits until <c>open</c> appears: a test in another process can then kill or signal the
/// render while it is half done.
/// </summary>
public sealed class FileGatedScene : Scene
{
    public const string GateVariable = "ANIMLIB_TEST_GATE";

    protected override void Construct()
    {
        var square = new Square(2).SetFill(Palette.Blue, 0.6).SetStroke(Palette.Yellow, 4);
        Play(ShowCreation(square), runTime: 0.5);
        Play(square.Animate().Shift(2 * Right), runTime: 0.5);
        if (Environment.GetEnvironmentVariable(GateVariable) is { Length: > 0 } gate)
        {
            File.WriteAllText(Path.Combine(gate, "reached"), "");
            var deadline = DateTime.UtcNow.AddMinutes(2);
            while (!File.Exists(Path.Combine(gate, "open")) && DateTime.UtcNow < deadline) Thread.Sleep(20);
        }
        Play(square.Animate().Shift(Down).Rotate(1), runTime: 0.5);
        Play(square.Animate().SetFill(Palette.Red, 1), runTime: 0.5);
    }
}
