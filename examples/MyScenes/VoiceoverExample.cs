using static AnimLib.Anim;
using static AnimLib.Directions;
using static AnimLib.Palette;

namespace MyScenes;

/// <summary>
/// SquareToCircle narrated: espeak-ng speaks the story, and two bookmarks in the text start the morph and the slide
/// as the words are said. The speech is mixed into the video and written as subtitles.
/// </summary>
public sealed class VoiceoverExample : Scene
{
    /// <inheritdoc/>
    protected override void Construct()
    {
        var square = new Square().SetFill(Blue, 0.5).SetStroke(BlueA, 4);
        var circle = new Circle().SetFill(Red, 0.5).SetStroke(RedA, 4);
        Voiceover("""
            Here is a square. <bookmark mark="morph"/> Watch it turn into a circle,
            <bookmark mark="slide"/> and slide off to the side.
            """, vo =>
        {
            Play(ShowCreation(square));
            vo.WaitUntil("morph");
            Play(ReplacementTransform(square, circle), runTime: 1.5);
            vo.WaitUntil("slide");
            Play(circle.Animate().Shift(2 * Left).Scale(0.5), runTime: Math.Max(vo.Remaining, 1));
        });
        Voiceover("Done.", vo => Play(FadeOut(circle), runTime: vo.Duration));
    }
}
