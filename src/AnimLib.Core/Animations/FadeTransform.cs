using AnimLib.Mobjects;

namespace AnimLib.Animations;

/// <summary>
/// Cross-fades one mobject into another: the source moves and stretches onto the target's box while fading out, and the
/// target arrives from the source's box while fading in. At the end the scene holds the target, and the source is
/// restored to how it was (but not shown).
/// </summary>
public class FadeTransform : Transform
{
    private readonly Mobject _source;
    private readonly Mobject _target;

    /// <summary>Creates the animation.</summary>
    /// <param name="mobject">What fades out.</param>
    /// <param name="target">What fades in.</param>
    /// <param name="stretch">Stretch each to the other's box (otherwise scale to match <paramref name="dimToMatch"/>).</param>
    /// <param name="dimToMatch">Dimension matched when not stretching (1 = height).</param>
    public FadeTransform(Mobject mobject, Mobject target, bool stretch = true, int dimToMatch = 1)
        : base(new Group(mobject, target.DeepCopy()))
    {
        _source = mobject;
        _target = target;
        Stretch = stretch;
        DimToMatch = dimToMatch;
        _source.SaveStateCore();
    }

    /// <summary>Whether ghosts are stretched onto the other's box.</summary>
    public bool Stretch { get; }

    /// <summary>Dimension matched when not stretching.</summary>
    public int DimToMatch { get; }

    /// <inheritdoc/>
    protected override Mobject CreateTarget()
    {
        var end = Mobject.DeepCopy();
        Ghost(end.Submobjects[0], end.Submobjects[1]);
        return end;
    }

    /// <inheritdoc/>
    protected override Mobject CreateStartingMobject()
    {
        var start = Mobject.DeepCopy();
        Ghost(start.Submobjects[1], start.Submobjects[0]);
        return start;
    }

    private void Ghost(Mobject ghost, Mobject onto)
    {
        ghost.Replace(onto, DimToMatch, Stretch);
        ghost.SetOpacity(0);
    }

    /// <inheritdoc/>
    public override void CleanUpFromScene(IStage scene)
    {
        base.CleanUpFromScene(scene);
        scene.Remove(Mobject);
        _source.RestoreCore();
        scene.Add(_target);
    }
}
