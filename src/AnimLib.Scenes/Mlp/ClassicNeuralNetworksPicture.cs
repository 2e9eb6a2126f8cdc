namespace AnimLib.Scenes.Mlp;

/// <summary>
/// An empty scene, as in the chapter's source (its construct is <c>pass</c>): it adds and plays nothing, so a video
/// render writes its (empty) last frame as a PNG instead.
/// </summary>
public sealed class ClassicNeuralNetworksPicture : Scene
{
    /// <inheritdoc/>
    protected override void Construct()
    {
        // Empty on purpose: the chapter's scene of this name draws nothing.
    }
}
