namespace AnimLib.Cli.Tests.Scenes;

/// <summary>
/// Test classes that set <see cref="EditableScene.Variant"/>, a static shared by every render in the test process: they
/// run one after another, or one class's edit would change what another's in-process render draws.
/// </summary>
[CollectionDefinition(Name)]
public sealed class EditableSceneCollection
{
    /// <summary>The collection's name.</summary>
    public const string Name = "EditableScene.Variant";
}
