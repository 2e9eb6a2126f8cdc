using AnimLib.Mobjects;

namespace AnimLib.Animations;

/// <summary>A <see cref="ShowPassingFlash"/> with a window twice the path's length: the path is drawn, then erased from its start.</summary>
public class ShowCreationThenDestruction : ShowPassingFlash
{
    /// <summary>Creates the animation.</summary>
    public ShowCreationThenDestruction(Mobject mobject, double timeWidth = 2.0) : base(mobject, timeWidth)
    {
    }
}
