using System.Runtime.CompilerServices;

namespace AnimLib.Scenes;

// Voiceovers: speech whose length and bookmarks set the timing of the animations played while it is spoken.
public abstract partial class Scene
{
    private ISpeechService? _speechService;

    /// <summary>
    /// The speech service of <see cref="Voiceover"/> calls that name none: <see cref="EspeakSpeech"/> (offline
    /// text-to-speech) unless set.
    /// </summary>
    public ISpeechService SpeechService
    {
        get => _speechService ??= new EspeakSpeech();
        set => _speechService = value ?? throw new ArgumentNullException(nameof(value));
    }

    /// <summary>
    /// Speaks <paramref name="text"/> while <paramref name="block"/> plays. The speech starts at the block's first frame,
    /// is mixed into the video and becomes a subtitle (bookmarks taken out). Inside the block,
    /// <see cref="VoiceoverTracker.WaitUntil"/> holds until the speech reaches a <c>&lt;bookmark mark="name"/&gt;</c> of the
    /// text. The block ends when both its animations and the speech are over: the scene waits out the rest of the speech.
    /// </summary>
    /// <param name="text">What is said; may hold <c>&lt;bookmark mark="name"/&gt;</c> tags.</param>
    /// <param name="block">The animations played during the speech.</param>
    /// <param name="speech">The speech service for this call; <see cref="SpeechService"/> when null.</param>
    /// <param name="callerFilePath">Filled in by the compiler: where the call is, for errors.</param>
    /// <param name="callerLineNumber">Filled in by the compiler: where the call is, for errors.</param>
    /// <returns>The voiceover, once it is over (its <see cref="VoiceoverTracker.Audio"/> holds the file and the marks' times).</returns>
    /// <exception cref="SpeechSynthesisException">The speech could not be made.</exception>
    public VoiceoverTracker Voiceover(string text, Action<VoiceoverTracker> block, ISpeechService? speech = null,
        [CallerFilePath] string callerFilePath = "", [CallerLineNumber] int callerLineNumber = 0)
    {
        ArgumentNullException.ThrowIfNull(block);
        var script = SpeechScript.Parse(text);
        var audio = (speech ?? SpeechService).Speak(script, _cancellation);
        // The audio's first sample plays with the first frame the block draws, which shows the scene at Time + 1/fps;
        // a mark at m seconds then falls on the frame that ends the first wait of m seconds from here.
        var tracker = new VoiceoverTracker(this, script, audio, Time);
        AddSound(audio.Path);
        if (audio.Duration > 0) AddSubcaption(script.Text, audio.Duration);
        block(tracker);
        WaitUntilSceneTime(tracker.StartTime + audio.Duration, callerFilePath, callerLineNumber);
        return tracker;
    }

    /// <summary>Waits until scene time <paramref name="target"/>, in whole frames: the first frame at or after it.</summary>
    internal void WaitUntilSceneTime(double target, string callerFilePath, int callerLineNumber)
    {
        // Whole frames counted from the target rather than the float sum of dt, so a long scene does not drift by a frame.
        int frames = FrameCountFor(target) - (int)Math.Round(Time * Fps);
        if (frames > 0) Wait(frames / Fps, callerFilePath, callerLineNumber);
    }
}
