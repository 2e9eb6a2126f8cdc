using System.Runtime.CompilerServices;

namespace AnimLib.Scenes;

/// <summary>
/// The voiceover in progress inside a <see cref="Scene.Voiceover"/> block: how far the speech is, and
/// <see cref="WaitUntil"/> to hold the scene until it reaches a bookmark.
/// </summary>
public sealed class VoiceoverTracker
{
    private readonly Scene _scene;

    internal VoiceoverTracker(Scene scene, SpeechScript script, SpeechAudio audio, double start)
    {
        _scene = scene;
        Script = script;
        Audio = audio;
        StartTime = start;
    }

    /// <summary>The text being spoken, split at its bookmarks.</summary>
    public SpeechScript Script { get; }

    /// <summary>The audio file, its length and its bookmark times.</summary>
    public SpeechAudio Audio { get; }

    /// <summary>Scene time in seconds at which the speech starts.</summary>
    public double StartTime { get; }

    /// <summary>Length of the speech in seconds (give it as a run time to stretch an animation over the whole voiceover).</summary>
    public double Duration => Audio.Duration;

    /// <summary>Seconds of speech still to come (0 once it is over).</summary>
    public double Remaining => Math.Max(0, StartTime + Duration - _scene.Time);

    /// <summary>Seconds from now until the speech reaches <paramref name="mark"/> (0 when it is already past it).</summary>
    /// <exception cref="ArgumentException">The text has no such bookmark.</exception>
    public double TimeUntil(string mark) => Math.Max(0, StartTime + MarkTime(mark) - _scene.Time);

    /// <summary>
    /// Holds the scene (updaters keep running) until the speech reaches <paramref name="mark"/>, so that the next
    /// animation starts on the first frame at or after it. Does nothing when the scene is already past the mark.
    /// </summary>
    /// <exception cref="ArgumentException">The text has no such bookmark.</exception>
    public void WaitUntil(string mark, [CallerFilePath] string callerFilePath = "", [CallerLineNumber] int callerLineNumber = 0) =>
        _scene.WaitUntilSceneTime(StartTime + MarkTime(mark), callerFilePath, callerLineNumber);

    /// <summary>Seconds from the start of the speech to <paramref name="mark"/>.</summary>
    /// <exception cref="ArgumentException">The text has no such bookmark.</exception>
    public double MarkTime(string mark)
    {
        ArgumentNullException.ThrowIfNull(mark);
        if (Audio.Marks.TryGetValue(mark, out double t)) return t;
        throw new ArgumentException($"The voiceover \"{Script.Text}\" has no bookmark \"{mark}\"; its marks are "
            + (Script.Marks.Count == 0 ? "none" : string.Join(", ", Script.Marks.Select(m => $"\"{m}\""))) + ".", nameof(mark));
    }
}
