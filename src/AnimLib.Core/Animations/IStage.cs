using AnimLib.Mobjects;

namespace AnimLib.Animations;

/// <summary>
/// The mobjects a scene shows, as an animation sees them when it ends: <see cref="Animation.CleanUpFromScene"/> may
/// add or remove mobjects through it (a <see cref="ReplacementTransform"/> swaps its source for its target). The scene
/// implements it; animations sit below scenes and do not know the <c>Scene</c> type.
/// </summary>
public interface IStage
{
    /// <summary>Adds mobjects on top of the others (moves them to the top when already shown).</summary>
    void Add(params IReadOnlyList<Mobject> mobjects);

    /// <summary>Removes mobjects (and any of their descendants shown on their own).</summary>
    void Remove(params IReadOnlyList<Mobject> mobjects);
}
