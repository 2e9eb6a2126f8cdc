using System.Globalization;

namespace AnimLib.Pipeline;

/// <summary>
/// A render was asked for animations the scene does not have (<see cref="RenderJob.FromAnimation"/> at or past the
/// number of its plays and waits). Known only once the scene logic has run; thrown before any segment is encoded.
/// </summary>
public sealed class AnimationRangeException : Exception
{
    /// <summary>Creates the exception.</summary>
    public AnimationRangeException(string sceneName, int fromAnimation, int? upToAnimation, int animationCount)
        : base(Describe(sceneName, fromAnimation, upToAnimation, animationCount))
    {
        SceneName = sceneName;
        FromAnimation = fromAnimation;
        UpToAnimation = upToAnimation;
        AnimationCount = animationCount;
    }

    /// <summary>The scene class name.</summary>
    public string SceneName { get; }

    /// <summary>First animation asked for (0-based).</summary>
    public int FromAnimation { get; }

    /// <summary>Last animation asked for, or null for the end.</summary>
    public int? UpToAnimation { get; }

    /// <summary>How many animations (plays and waits) the scene has.</summary>
    public int AnimationCount { get; }

    private static string Describe(string scene, int from, int? upTo, int count)
    {
        string range = upTo is { } b ? string.Create(CultureInfo.InvariantCulture, $"{from},{b}") : from.ToString(CultureInfo.InvariantCulture);
        string has = count == 0 ? "no animations" : count == 1 ? "1 animation (0)" : $"{count} animations (0 to {count - 1})";
        return $"animations {range} are past the end: {scene} has {has}.";
    }
}
