using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;
using AnimLib.Mobjects;

namespace AnimLib.Scenes;

/// <summary>
/// Offline text-to-speech with espeak-ng (Debian package <c>espeak-ng</c>). Each piece of text between bookmarks is
/// synthesized on its own and measured, so a mark's time is the length of the speech before it; the pieces are then
/// joined into one WAV. Results are cached on disk by a hash of the text and settings, so a second render runs no
/// synthesis.
/// </summary>
public sealed class EspeakSpeech : ISpeechService
{
    // Part of every cache key: a change to how audio is made must not reuse files made the old way.
    private const string FormatVersion = "espeak-1";

    /// <summary>Voice name, as <c>espeak-ng --voices</c> lists them (e.g. <c>en-us</c>, <c>en-gb</c>, <c>de</c>).</summary>
    public string Voice { get; init; } = "en-us";

    /// <summary>Speed in words per minute (espeak-ng's default is 175).</summary>
    public int WordsPerMinute { get; init; } = 165;

    /// <summary>Pitch, 0 to 99 (50 is espeak-ng's default).</summary>
    public int Pitch { get; init; } = 50;

    /// <summary>
    /// Where synthesized speech is kept: <c>$ANIMLIB_SPEECH_CACHE</c> when set, else <c>$XDG_CACHE_HOME/animlib/speech</c>,
    /// else <c>~/.cache/animlib/speech</c>.
    /// </summary>
    public string CacheDirectory { get; init; } = UserCacheFolder.Resolve("ANIMLIB_SPEECH_CACHE", "speech");

    /// <summary>The program run: <c>$ANIMLIB_ESPEAK</c> when set, else <c>espeak-ng</c> from the PATH.</summary>
    public string Executable { get; init; } = Environment.GetEnvironmentVariable("ANIMLIB_ESPEAK") is { Length: > 0 } exe ? exe : "espeak-ng";

    /// <summary>How many times this service has run espeak-ng (cached speech runs it no more).</summary>
    public int Syntheses => _syntheses;

    private int _syntheses;

    /// <inheritdoc/>
    /// <exception cref="SpeechSynthesisException">espeak-ng is missing or failed.</exception>
    public SpeechAudio Speak(SpeechScript script, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(script);
        if (Pitch is < 0 or > 99) throw new ArgumentOutOfRangeException(nameof(Pitch), Pitch, "espeak-ng takes a pitch from 0 to 99.");
        if (WordsPerMinute is < 80 or > 500) throw new ArgumentOutOfRangeException(nameof(WordsPerMinute), WordsPerMinute, "espeak-ng speaks at 80 to 500 words per minute.");
        Directory.CreateDirectory(CacheDirectory);
        string key = Key(script);
        string wav = Path.Combine(CacheDirectory, key + ".wav");
        string index = Path.Combine(CacheDirectory, key + ".json");
        if (File.Exists(wav) && File.Exists(index) && ReadIndex(index) is { } cached) return cached with { Path = wav };

        string work = Path.Combine(CacheDirectory, $"{key}.{Environment.ProcessId}.{Guid.NewGuid():N}.tmp");
        Directory.CreateDirectory(work);
        try
        {
            var files = new List<string>();
            for (int i = 0; i < script.Pieces.Count; i++)
            {
                // An empty piece (a mark at the very start or two marks together) takes no time and needs no speech.
                if (script.Pieces[i].Length == 0) continue;
                string file = Path.Combine(work, $"{i}.wav");
                Synthesize(script.Pieces[i], file, cancellation);
                files.Add(file);
            }
            string joined = Path.Combine(work, "speech.wav");
            var lengths = WavAudio.Concatenate(files, joined);
            var marks = new Dictionary<string, double>();
            double t = 0;
            int next = 0;
            for (int i = 0; i < script.Marks.Count; i++)
            {
                if (script.Pieces[i].Length > 0) t += lengths[next++];
                marks[script.Marks[i]] = t;
            }
            var audio = new SpeechAudio(wav, lengths.Sum(), marks);
            // The audio is moved into place before its index, so an index never names a file that is not there.
            File.Move(joined, wav, overwrite: true);
            string tempIndex = Path.Combine(work, "index.json");
            File.WriteAllText(tempIndex, JsonSerializer.Serialize(new CacheIndex(audio.Duration, marks)));
            File.Move(tempIndex, index, overwrite: true);
            return audio;
        }
        finally
        {
            try { Directory.Delete(work, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
        }
    }

    private void Synthesize(string text, string wav, CancellationToken cancellation)
    {
        Interlocked.Increment(ref _syntheses);
        // The text goes through stdin and every setting is its own argument: nothing reaches a shell.
        SpeechProcess.Run(Executable, "espeak-ng",
            ["-v", Voice, "-s", Num(WordsPerMinute), "-p", Num(Pitch), "-b", "1", "-w", wav, "--stdin"], text, cancellation);
        if (!File.Exists(wav)) throw new SpeechSynthesisException($"espeak-ng wrote no audio for \"{text}\".");
    }

    private string Key(SpeechScript script)
    {
        string material = string.Join("\u001f", [FormatVersion, Voice, Num(WordsPerMinute), Num(Pitch), .. script.Pieces, "|", .. script.Marks]);
        return Convert.ToHexStringLower(SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(material)))[..32];
    }

    private sealed record CacheIndex(double Duration, Dictionary<string, double> Marks);

    private static SpeechAudio? ReadIndex(string path)
    {
        try
        {
            return JsonSerializer.Deserialize<CacheIndex>(File.ReadAllText(path)) is { } i ? new SpeechAudio("", i.Duration, i.Marks) : null;
        }
        catch (JsonException)
        {
            return null; // a damaged entry is made again
        }
    }

    private static string Num(int value) => value.ToString(CultureInfo.InvariantCulture);
}
