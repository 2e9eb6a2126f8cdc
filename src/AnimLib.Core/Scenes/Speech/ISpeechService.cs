namespace AnimLib.Scenes;

/// <summary>
/// Turns a voiceover's text into audio with bookmark times: <see cref="EspeakSpeech"/> synthesizes it offline,
/// <see cref="RecordedSpeech"/> plays a recorded take. Set one on <see cref="Scene.SpeechService"/> or pass it to a
/// <c>Voiceover</c> call.
/// </summary>
public interface ISpeechService
{
    /// <summary>The audio for <paramref name="script"/>, with a time for every one of its marks.</summary>
    /// <param name="script">The text, split at its bookmarks.</param>
    /// <param name="cancellation">Stops a synthesis in progress.</param>
    SpeechAudio Speak(SpeechScript script, CancellationToken cancellation);
}
