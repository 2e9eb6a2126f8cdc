using static AnimLib.Anim;
using static AnimLib.Directions;
using static AnimLib.Palette;

namespace MyScenes;

/// <summary>A first scene: shapes appear, line up, and morph.</summary>
public sealed class HelloAnimLib : Scene
{
    protected override void Construct()
    {
        var shapes = new VGroup(
            new Circle().SetFill(Blue, 0.6),
            new Square().SetFill(Yellow, 0.6),
            new Triangle().SetFill(Red, 0.6));
        shapes.Arrange(Right, buff: 1);
        Play(LaggedStartMap(s => FadeIn(s, shift: Up), shapes, lagRatio: 0.3));
        Play(shapes.Animate().Arrange(Down, buff: 0.3).SetHeight(6));
        Play(Transform(shapes[0], new Square().SetFill(Green, 0.8).MoveTo(shapes[0])), runTime: 1.5);
        Wait();
    }
}
