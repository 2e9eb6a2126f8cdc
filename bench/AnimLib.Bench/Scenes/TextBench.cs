using static AnimLib.Anim;

namespace AnimLib.Bench.Scenes;

/// <summary>Write a three-line paragraph over 3 s, wait 1 s. 4 s of video.</summary>
public sealed class TextBench : Scene
{
    /// <inheritdoc/>
    protected override void Construct()
    {
        var text = new Text("The multilayer perceptron\nstores facts such as\nMichael Jordan plays Basketball");
        Play(Write(text), runTime: 3);
        Wait(1);
    }
}
