using static AnimLib.Anim;
using static AnimLib.Directions;

namespace AnimLib.Cli.Tests.Scenes;

/// <summary>
/// Four half-second animations. The first render in a process that finds <see cref="Next"/> set takes that gate and waits at
/// it between its second and third animation, so a test can run another render while this one is half done.
/// </summary>
public sealed class GatedScene : Scene
{
    /// <summary>The gate the next render of this scene stops at (taken by that render; later renders pass).</summary>
    public static SceneGate? Next { get; set; }

    protected override void Construct()
    {
        var square = new Square(2).SetStroke(Palette.Blue, 4);
        Play(ShowCreation(square), runTime: 0.5);
        Play(square.Animate().Shift(2 * Right), runTime: 0.5);
        var gate = Next;
        Next = null;
        gate?.Arrive();
        Play(square.Animate().Shift(Down), runTime: 0.5);
        Play(square.Animate().SetStroke(Palette.Red, 8), runTime: 0.5);
    }
}

/// <summary>Where a <see cref="GatedScene"/> waits: it signals <see cref="Reached"/>, then waits for <see cref="Open"/>.</summary>
public sealed class SceneGate
{
    private readonly ManualResetEventSlim _reached = new();
    private readonly ManualResetEventSlim _open = new();

    /// <summary>Set once the scene is waiting.</summary>
    public WaitHandle Reached => _reached.WaitHandle;

    /// <summary>Lets the scene go on.</summary>
    public void Open() => _open.Set();

    internal void Arrive()
    {
        _reached.Set();
        // Bounded so that a failing test cannot hang the run.
        _open.Wait(TimeSpan.FromMinutes(2));
    }
}
