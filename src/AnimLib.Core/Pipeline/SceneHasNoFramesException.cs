namespace AnimLib.Pipeline;

/// <summary>
/// A scene gave no frame to put in a video: its <c>Construct</c> never calls <c>Play</c> or <c>Wait</c>. Such a scene
/// is a still; render its last frame as a PNG instead. A front end (the CLI) adds how to ask for that.
/// </summary>
public sealed class SceneHasNoFramesException : InvalidOperationException
{
    /// <summary>Creates the exception for the scene class <paramref name="sceneName"/>.</summary>
    public SceneHasNoFramesException(string sceneName)
        : base($"Scene {sceneName} produced no frames: call Play(...) or Wait() in Construct(), or render its last frame as a still image.")
    {
        SceneName = sceneName;
    }

    /// <summary>The scene class name.</summary>
    public string SceneName { get; }
}
