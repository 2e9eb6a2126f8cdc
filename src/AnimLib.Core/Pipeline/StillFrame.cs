namespace AnimLib.Pipeline;

/// <summary>Which single frame a still render writes: the last one, or the one shown at a time.</summary>
/// <param name="At">Seconds into the scene; null for the last frame.</param>
public sealed record StillFrame(double? At)
{
    /// <summary>The scene's final state, once <c>Construct</c> returns (works for a scene with no animation).</summary>
    public static StillFrame Last { get; } = new((double?)null);

    /// <summary>The frame a player shows at <paramref name="seconds"/> (the last frame when the scene is shorter).</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="seconds"/> is negative or not finite.</exception>
    public static StillFrame AtTime(double seconds)
    {
        if (!double.IsFinite(seconds) || seconds < 0)
            throw new ArgumentOutOfRangeException(nameof(seconds), seconds, "A still's time must be a finite number of seconds, 0 or more.");
        return new StillFrame(seconds);
    }
}
