using System.Numerics;
using static AnimLib.Anim;

namespace AnimLib.Cli.Tests.Scenes;

/// <summary>One play, then whatever bad number <see cref="Mistake"/> names (for the bounded-input tests).</summary>
public sealed class BadNumberScene : Scene
{
    /// <summary>Which bad number the scene uses: a wait or run time of <see cref="Value"/>, or a NaN shift.</summary>
    public static string Mistake { get; set; } = "wait";

    /// <summary>The duration given to the bad wait or play.</summary>
    public static double Value { get; set; } = double.NaN;

    /// <summary>Lines of the bad Wait and Play calls below (the error names them); keep them in step with the code.</summary>
    public const int WaitLine = 25, PlayLine = 28;

    protected override void Construct()
    {
        var square = new Square(1).SetFill(Palette.Teal, 1);
        Play(FadeIn(square), runTime: 0.5);
        switch (Mistake)
        {
            case "wait":
                Wait(Value);
                break;
            case "runTime":
                Play(square.Animate().Shift(Vector3.UnitX), runTime: Value);
                break;
            case "nan":
                square.Shift(new Vector3(float.NaN, 0, 0));
                Wait(0.5);
                break;
            case "long":
                // 10^6 s: allowed (2.4·10^8 frames at 240 fps) but absurd; only cancelling ends it in a test's time.
                Wait(1e6);
                break;
        }
    }
}
