namespace AnimLib.Pipeline;

/// <summary>A scene failed while rendering; says which scene and which animation (play or wait) it was in.</summary>
public sealed class SceneRenderException : Exception
{
    /// <summary>Creates the exception.</summary>
    public SceneRenderException(string sceneName, int animationIndex, string? animationName, Exception inner)
        : base(Describe(sceneName, animationIndex, animationName, inner), inner)
    {
        SceneName = sceneName;
        AnimationIndex = animationIndex;
        AnimationName = animationName;
    }

    /// <summary>The scene class name.</summary>
    public string SceneName { get; }

    /// <summary>Zero-based index of the play or wait that was running or being set up.</summary>
    public int AnimationIndex { get; }

    /// <summary>Its name (e.g. <c>Transform(Square)</c>), when it had started.</summary>
    public string? AnimationName { get; }

    private static string Describe(string scene, int index, string? name, Exception inner) =>
        $"{scene} failed in animation {index}{(name is null ? "" : $" ({name})")}: {inner.Message}";
}
