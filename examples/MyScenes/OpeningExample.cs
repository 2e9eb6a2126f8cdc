using static AnimLib.Anim;
using static AnimLib.Directions;
using static AnimLib.Palette;

namespace MyScenes;

/// <summary>Opening text and a formula: a title is written, a formula appears under it, one term is coloured.</summary>
public sealed class OpeningExample : Scene
{
    /// <inheritdoc/>
    protected override void Construct()
    {
        var title = new Text("Euler's identity", fontSize: 56).ToEdge(Up);
        var formula = new Tex(@"e^{i\pi} + 1 = 0", fontSize: 96);
        Play(Write(title));
        Play(FadeIn(formula, shift: Up));
        Play(formula[@"\pi"].Animate().SetColor(Yellow));
        var note = new Text("five constants, one line", fontSize: 32).SetColor(GreyB).NextTo(formula, Down, buff: 0.6);
        Play(FadeIn(note, shift: Up * 0.3));
        Wait();
    }
}
