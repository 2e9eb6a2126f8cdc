using AnimLib.Mobjects;

namespace AnimLib.Capture;

/// <summary>
/// A visible mobject (or the camera frame) has NaN or infinite coordinates, so it cannot be drawn. Drawing the rest would
/// leave a video in which it silently vanished, so the frame fails instead, naming it and, when known, the play or wait
/// that was in progress.
/// </summary>
public sealed class NonFiniteCoordinatesException : InvalidOperationException
{
    /// <summary>Creates the exception for <paramref name="mobject"/>, a member of the top-level <paramref name="topLevel"/>.</summary>
    /// <param name="mobject">The mobject whose points are not finite.</param>
    /// <param name="topLevel">The top-level mobject it belongs to (itself when it is top-level), or null for the camera frame.</param>
    /// <param name="sceneName">The scene's class name, when known.</param>
    /// <param name="call">The play or wait in progress (e.g. <c>Wait(1)</c>), when known.</param>
    public NonFiniteCoordinatesException(Mobject mobject, Mobject? topLevel, string? sceneName = null, string? call = null)
        : base(Describe(mobject, topLevel, sceneName, call))
    {
        Mobject = mobject;
        TopLevel = topLevel;
        SceneName = sceneName;
        Call = call;
    }

    /// <summary>The mobject whose points are NaN or infinite.</summary>
    public Mobject Mobject { get; }

    /// <summary>The top-level mobject (one added to the scene) that holds <see cref="Mobject"/>; null for the camera frame.</summary>
    public Mobject? TopLevel { get; }

    /// <summary>The scene's class name, when known.</summary>
    public string? SceneName { get; }

    /// <summary>The play or wait in progress when the frame was taken (its segment name, e.g. <c>Wait(1)</c>), when known.</summary>
    public string? Call { get; }

    /// <summary>The same failure, with the scene and the call in progress named.</summary>
    public NonFiniteCoordinatesException In(string sceneName, string? call) => new(Mobject, TopLevel, sceneName, call);

    private static string Describe(Mobject mobject, Mobject? topLevel, string? sceneName, string? call)
    {
        string what = topLevel is null ? "The camera frame"
            : ReferenceEquals(mobject, topLevel) ? mobject.ToString()
            : $"{mobject} (part of {topLevel})";
        string when = (call, sceneName) switch
        {
            (not null, not null) => $" during {call} in scene {sceneName}",
            (not null, null) => $" during {call}",
            (null, not null) => $" in scene {sceneName}",
            _ => "",
        };
        return $"{what} has NaN or infinite coordinates{when}, so it cannot be drawn. Look for a NaN or a division by zero "
               + "in what moved it: a Shift or MoveTo, an updater, an animation's target.";
    }
}
