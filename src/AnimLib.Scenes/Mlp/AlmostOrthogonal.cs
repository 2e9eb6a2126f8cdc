namespace AnimLib.Scenes.Mlp;

/// <summary>A placeholder scene (empty in the chapter's source): a one-second still of its title.</summary>
public sealed class AlmostOrthogonal : Scene
{
    /// <inheritdoc/>
    protected override void Construct()
    {
        Add(new Text("Almost Orthogonal", 48));
        Wait(1);
    }
}
