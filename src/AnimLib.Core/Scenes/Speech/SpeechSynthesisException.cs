namespace AnimLib.Scenes;

/// <summary>A speech service could not make a voiceover's audio (its program is missing or failed); the message says why.</summary>
public sealed class SpeechSynthesisException : Exception
{
    /// <summary>Creates the exception.</summary>
    public SpeechSynthesisException(string message, Exception? inner = null) : base(message, inner) { }
}
