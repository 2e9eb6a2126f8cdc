using static AnimLib.Anim;
using static AnimLib.Directions;
using static AnimLib.Palette;

namespace AnimLib.Scenes.Demos;

/// <summary>
/// Text, formulas and numbers: writes a formula and a paragraph, colours a substring, morphs one formula into another
/// by matching their sources, and counts a number up.
/// </summary>
public sealed class TypographyDemo : Scene
{
    /// <inheritdoc/>
    protected override void Construct()
    {
        var formula = new Tex(@"W_\uparrow \vec{\textbf{E}}_i + \vec{\textbf{B}}_\uparrow", fontSize: 72).ToEdge(Up);
        Play(Write(formula));

        var paragraph = new Text("Each vector passes through\nthe same multilayer perceptron,\nin parallel with all the others.",
            fontSize: 36, alignment: TextAlignment.Left);
        paragraph.NextTo(formula, Down, buff: 0.8);
        Play(Write(paragraph), runTime: 3);
        Play(paragraph["multilayer perceptron"].Animate().SetColor(Yellow));
        Play(formula[@"\vec{\textbf{E}}_i"].Animate().SetColor(Blue));
        Wait(0.5);

        var before = new Tex(@"(\vec{\textbf{M}} + \vec{\textbf{J}}) \cdot \vec{\textbf{E}}", fontSize: 60);
        var after = new Tex(@"\vec{\textbf{M}} \cdot \vec{\textbf{E}} + \vec{\textbf{J}} \cdot \vec{\textbf{E}}", fontSize: 60);
        before.Shift(Down * 2);
        after.Shift(Down * 2);
        Play(FadeOut(paragraph, shift: Up), FadeIn(before, shift: Up));
        Play(TransformMatchingStrings(before, after, pathArc: -45 * Constants.Degrees, lagRatio: 0.01));
        Wait(0.5);

        var label = new Text("Parameters:", fontSize: 36);
        var count = new Integer(0, fontSize: 36);
        var row = new VGroup(label, count).Arrange(Right).NextTo(after, Up, buff: 0.6);
        count.SetValue(603979776);
        Play(FadeIn(label), CountInFrom(count, 0), runTime: 2);
        var brace = new Brace(after, Down);
        var braceLabel = brace.GetText("distributes", fontSize: 30);
        Play(DrawBorderThenFill(brace), Write(braceLabel));
        Wait();
    }
}
