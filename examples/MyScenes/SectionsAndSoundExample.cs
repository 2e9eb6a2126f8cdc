using static AnimLib.Anim;
using static AnimLib.Directions;
using static AnimLib.Palette;

namespace MyScenes;

/// <summary>
/// Sections and sound: three named sections (<c>animlib render SectionsAndSoundExample --save-sections</c> writes one
/// video each), a tone mixed in at each beat, and subcaptions.
/// </summary>
public sealed class SectionsAndSoundExample : Scene
{
    /// <inheritdoc/>
    protected override void Construct()
    {
        // The tone is written at render time, so the example needs no asset file beside the assembly.
        string beep = ToneFile.Write(880, 0.25);

        NextSection("intro");
        var title = new Text("Three sections", fontSize: 56);
        AddSound(beep);
        AddSubcaption("An introduction", duration: 1.5);
        Play(Write(title));

        NextSection("shapes");
        var shapes = new VGroup(new Circle().SetFill(Blue, 0.6), new Square().SetFill(Yellow, 0.6)).Arrange(Right, buff: 1);
        AddSound(beep, gain: -6);
        Play(title.Animate().ToEdge(Up).Scale(0.6), FadeIn(shapes, shift: Up));

        NextSection("outro");
        AddSound(beep, gain: -12);
        AddSubcaption("And goodbye", duration: 1);
        Play(FadeOut(shapes, shift: Down), FadeOut(title));
        Wait(0.5);
    }
}
