using AnimLib.Mobjects;

namespace AnimLib.Animations;

/// <summary>Draws a mobject (<see cref="ShowCreation"/>), then fades it out and removes it; each half takes one run time.</summary>
public class ShowCreationThenFadeOut : Succession
{
    /// <summary>Creates the animation.</summary>
    public ShowCreationThenFadeOut(Mobject mobject) : base(new ShowCreation(mobject), new FadeOut(mobject))
    {
        Remover = true;
        Introducer = true;
    }
}
