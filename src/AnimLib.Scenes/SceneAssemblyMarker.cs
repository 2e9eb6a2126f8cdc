namespace AnimLib.Scenes;

/// <summary>Identifies the AnimLib.Scenes assembly (the built-in demo and seed scenes) for scene discovery.</summary>
public static class SceneAssemblyMarker
{
}
