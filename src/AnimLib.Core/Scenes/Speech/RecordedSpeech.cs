using System.Text.Json;

namespace AnimLib.Scenes;

/// <summary>
/// A recorded take played for a voiceover. Bookmark times are given in code or read from a sidecar JSON file beside
/// the audio (<c>take3.wav</c> → <c>take3.json</c>, <c>{"marks": {"circle": 1.25}, "duration": 4.0}</c>); the length
/// comes from the WAV header, or for another format from <c>duration</c>.
/// </summary>
public sealed class RecordedSpeech : ISpeechService
{
    /// <summary>A recording at <paramref name="path"/> (relative paths are resolved now, against the current folder).</summary>
    /// <param name="path">The audio file.</param>
    /// <param name="marks">Seconds into the audio of each bookmark; null reads them from the sidecar JSON, if there is one.</param>
    /// <param name="duration">Length in seconds; null measures a WAV file or reads the sidecar's <c>duration</c>.</param>
    /// <exception cref="FileNotFoundException">The audio file does not exist.</exception>
    public RecordedSpeech(string path, IReadOnlyDictionary<string, double>? marks = null, double? duration = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        Path = System.IO.Path.GetFullPath(path);
        if (!File.Exists(Path)) throw new FileNotFoundException($"Recording '{path}' was not found.", Path);
        var sidecar = marks is null || duration is null ? ReadSidecar(Path) : null;
        Marks = marks ?? sidecar?.Marks ?? new Dictionary<string, double>();
        Duration = duration ?? sidecar?.Duration ?? MeasureWav(Path);
        if (!(Duration > 0) || !double.IsFinite(Duration))
            throw new ArgumentOutOfRangeException(nameof(duration), Duration, $"Recording '{path}' must last a positive number of seconds.");
        foreach (var (name, time) in Marks)
            if (!(time >= 0 && time <= Duration))
                throw new ArgumentOutOfRangeException(nameof(marks), time, $"Mark \"{name}\" of recording '{path}' is at {time} s, outside its {Duration:0.###} s.");
    }

    /// <summary>Absolute path of the audio file.</summary>
    public string Path { get; }

    /// <summary>Length of the recording in seconds.</summary>
    public double Duration { get; }

    /// <summary>Seconds into the recording of each bookmark.</summary>
    public IReadOnlyDictionary<string, double> Marks { get; }

    /// <inheritdoc/>
    /// <exception cref="ArgumentException">The text has a bookmark this recording gives no time for.</exception>
    public SpeechAudio Speak(SpeechScript script, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(script);
        var missing = script.Marks.Where(m => !Marks.ContainsKey(m)).ToList();
        if (missing.Count > 0)
            throw new ArgumentException($"Recording '{System.IO.Path.GetFileName(Path)}' gives no time for the mark(s) {string.Join(", ", missing.Select(m => $"\"{m}\""))}"
                + $" (it has {(Marks.Count == 0 ? "none" : string.Join(", ", Marks.Keys.Select(m => $"\"{m}\"")))}).");
        return new SpeechAudio(Path, Duration, Marks);
    }

    private static double MeasureWav(string path)
    {
        try
        {
            return WavAudio.Duration(path);
        }
        catch (InvalidDataException e)
        {
            throw new ArgumentException($"The length of recording '{path}' is not known: give duration, or a \"duration\" in its sidecar JSON ({e.Message})", e);
        }
    }

    private sealed record Sidecar(Dictionary<string, double>? Marks, double? Duration);

    private static Sidecar? ReadSidecar(string audio)
    {
        string json = System.IO.Path.ChangeExtension(audio, ".json");
        if (!File.Exists(json)) return null;
        try
        {
            return JsonSerializer.Deserialize<Sidecar>(File.ReadAllText(json), new JsonSerializerOptions(JsonSerializerDefaults.Web));
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"The marks file '{json}' is not valid: {e.Message}", e);
        }
    }
}
