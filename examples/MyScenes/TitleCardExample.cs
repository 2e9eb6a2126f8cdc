using static AnimLib.Anim;
using static AnimLib.Directions;
using static AnimLib.Palette;

namespace MyScenes;

/// <summary>
/// A title card with parameters: <c>animlib render TitleCardExample --prop Title="Q3 results"</c>, one card per row of
/// <c>--props-batch</c>, and <c>animlib describe TitleCardExample</c> for the list.
/// </summary>
public sealed class TitleCardExample : Scene
{
    /// <summary>The headline.</summary>
    [SceneParameter("The headline, written first.")]
    public string Title { get; set; } = "AnimLib";

    /// <summary>The line under the headline.</summary>
    [SceneParameter("The line under the headline.")]
    public string Subtitle { get; set; } = "Explainer animations in C#";

    /// <summary>Colour of the rule and the subtitle.</summary>
    [SceneParameter("Colour of the rule under the headline and of the subtitle.")]
    public Color Accent { get; set; } = Yellow;

    /// <summary>Seconds the finished card stays on screen.</summary>
    [SceneParameter("Seconds the finished card stays on screen.")]
    public double Hold { get; set; } = 1.5;

    /// <inheritdoc/>
    protected override void Construct()
    {
        // The opening draws nothing that depends on the parameters, so a batch of cards encodes it once.
        var mark = new VGroup(new Circle(0.25).SetFill(Blue, 1), new Square(0.45).SetFill(Green, 1), new Triangle().Scale(0.3).SetFill(Red, 1))
            .Arrange(Right, buff: 0.15).ToCorner(DR);
        Play(FadeIn(mark, shift: Up));

        var title = new Text(Title, fontSize: 64).Shift(0.6 * Up);
        var rule = new Rectangle(width: title.GetWidth() + 0.4, height: 0.08).SetFill(Accent, 1).SetStroke(Accent, 0).NextTo(title, Down, buff: 0.25);
        var subtitle = new Text(Subtitle, fontSize: 32).SetColor(Accent).NextTo(rule, Down, buff: 0.35);
        AddSubcaption($"{Title}: {Subtitle}", duration: 2 + Hold);
        Play(Write(title));
        Play(GrowFromCenter(rule), FadeIn(subtitle, shift: Up));
        Wait(Hold);
    }
}
