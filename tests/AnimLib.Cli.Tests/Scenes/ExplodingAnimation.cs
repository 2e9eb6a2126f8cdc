namespace AnimLib.Cli.Tests.Scenes;

/// <summary>An animation that fails halfway when <see cref="ThrowingScene.Throw"/> is set, as a bug in user code would.</summary>
public sealed class ExplodingAnimation(Mobject mobject) : Animation(mobject)
{
    public override string Name => "ExplodingAnimation(Square)";

    public override void Interpolate(double alpha)
    {
        if (ThrowingScene.Throw && alpha > 0.5) throw new InvalidOperationException("the user's animation blew up");
        base.Interpolate(alpha);
    }
}
