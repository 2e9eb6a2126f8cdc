using static AnimLib.Anim;
using static AnimLib.Directions;
using static AnimLib.Palette;

namespace AnimLibScenes;

/// <summary>A first scene: a title, a formula, and a square that becomes a circle.</summary>
public sealed class MyScene : Scene
{
    protected override void Construct()
    {
        var title = new Text("Hello, AnimLib", fontSize: 56).ToEdge(Up);
        var square = new Square().SetFill(Blue, 0.5);
        var circle = new Circle().SetFill(Yellow, 0.5);
        Play(Write(title));
        Play(ShowCreation(square));
        Play(Transform(square, circle), runTime: 1.5);
        Play(FadeOut(square, shift: Down), FadeOut(title, shift: Up));
        Wait(0.5);
    }
}
