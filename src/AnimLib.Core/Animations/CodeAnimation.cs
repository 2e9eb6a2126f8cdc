using AnimLib.Mobjects;

namespace AnimLib.Animations;

/// <summary>
/// The base of the animations that change a <see cref="Mobjects.Code"/> in place (<see cref="TransformCode"/>,
/// <see cref="CodeTypewriter"/>, <see cref="HighlightLines"/>). Each keeps the start state of the glyphs it touches
/// itself, so no copy of the whole code is taken at the start: for a long file that copy would be most of the cost.
/// </summary>
public abstract class CodeAnimation : Animation
{
    /// <summary>Creates an animation of <paramref name="code"/>.</summary>
    protected CodeAnimation(Code code) : base(code)
    {
    }

    /// <summary>The code this animation changes.</summary>
    public Code Code => (Code)Mobject;

    /// <inheritdoc/>
    protected override Mobject CreateStartingMobject() => Mobject;

    /// <inheritdoc/>
    public override IEnumerable<Mobject> GetAllMobjects() => [Mobject];
}
