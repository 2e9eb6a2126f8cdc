using static AnimLib.Anim;
using static AnimLib.Directions;

namespace AnimLib.Cli.Tests.Scenes;

/// <summary>Four segments; <see cref="Variant"/> changes only the third (index 2). Used by the cache tests only.</summary>
public sealed class EditableScene : Scene
{
    public static int Variant { get; set; }

    protected override void Construct()
    {
        var circle = new Circle(1).SetStroke(Palette.Green, 4);
        Play(ShowCreation(circle), runTime: 0.5);
        Play(circle.Animate().Shift(2 * Left), runTime: 0.5);
        Play(circle.Animate().Shift((1 + Variant) * Up), runTime: 0.5);
        Play(circle.Animate().SetStroke(Palette.Red, 8), runTime: 0.5);
    }
}
