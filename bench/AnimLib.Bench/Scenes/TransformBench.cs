using static AnimLib.Anim;

namespace AnimLib.Bench.Scenes;

/// <summary>Square (side 3, blue, fill 0.5) to Circle (radius 1.5, red, fill 0.5) 2 s; Rotate 90° 1 s; FadeOut 1 s. 4 s of video.</summary>
public sealed class TransformBench : Scene
{
    /// <inheritdoc/>
    protected override void Construct()
    {
        var shape = new Square(3, Palette.Blue, fillOpacity: 0.5);
        var circle = new Circle(1.5, Palette.Red, fillOpacity: 0.5);
        Play(Transform(shape, circle), runTime: 2);
        Play(new BenchRotate(shape, Math.PI / 2), runTime: 1);
        Play(FadeOut(shape), runTime: 1);
    }
}
