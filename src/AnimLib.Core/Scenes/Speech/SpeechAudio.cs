namespace AnimLib.Scenes;

/// <summary>The audio of one voiceover: a file, its length and when the speech reaches each bookmark.</summary>
/// <param name="Path">Absolute path of the audio file (any format ffmpeg reads).</param>
/// <param name="Duration">Length of the speech in seconds.</param>
/// <param name="Marks">Seconds from the start of the audio at which each bookmark is reached.</param>
public sealed record SpeechAudio(string Path, double Duration, IReadOnlyDictionary<string, double> Marks);
