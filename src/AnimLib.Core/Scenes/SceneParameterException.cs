namespace AnimLib.Scenes;

/// <summary>
/// Values given for a scene's parameters that cannot be applied: an unknown name or a value of the wrong type. The
/// message lists every problem; <see cref="Problems"/> holds them one by one.
/// </summary>
public sealed class SceneParameterException : Exception
{
    /// <summary>Creates the exception for <paramref name="sceneName"/> with its problems.</summary>
    public SceneParameterException(string sceneName, IReadOnlyList<string> problems)
        : base($"{sceneName}: " + string.Join(" ", problems))
    {
        SceneName = sceneName;
        Problems = problems;
    }

    /// <summary>The scene class whose parameters were given.</summary>
    public string SceneName { get; }

    /// <summary>Each problem as a sentence: the parameter, what it expects and what was given, or the valid names.</summary>
    public IReadOnlyList<string> Problems { get; }
}
