using AnimLib.Core.Tests.Support;
using AnimLib.Encoding;
using static AnimLib.Anim;

namespace AnimLib.Core.Tests.Scenes;

/// <summary>espeak-ng (installed by scripts/setup) speaks a voiceover; the timing uses the measured speech, and the cache spares a second synthesis.</summary>
public sealed class EspeakSpeechTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("animlib-espeak-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private const string Text = """One square. <bookmark mark="turn"/> It turns. <bookmark mark="end"/> Done.""";

    private static void Narrate(LambdaScene s, EspeakSpeech speech, List<VoiceoverTracker> spoken) =>
        spoken.Add(s.Voiceover(Text, vo =>
        {
            vo.WaitUntil("turn");
            s.Play(Rotate(TestShapes.Box(1, 1), Math.PI / 4), runTime: 0.2);
        }, speech));

    [Fact]
    public void SynthesizedSpeechSetsTheTiming_AndIsCachedForTheNextRender()
    {
        var first = new EspeakSpeech { CacheDirectory = _dir };
        var spoken = new List<VoiceoverTracker>();
        var output = LambdaScene.Record(s => Narrate(s, first, spoken), 160, 90, 30);

        Assert.Equal(3, first.Syntheses); // one per piece between the marks
        var audio = spoken[0].Audio;
        double measured = FfmpegTools.Probe(audio.Path).Duration.TotalSeconds;
        Assert.Equal(measured, audio.Duration, 2);
        Assert.InRange(audio.Duration, 1.5, 10);
        Assert.True(audio.Marks["turn"] > 0.3 && audio.Marks["turn"] < audio.Marks["end"] && audio.Marks["end"] < audio.Duration);
        Assert.Equal((int)Math.Ceiling(audio.Duration * 30 - 1e-9), output.Frames.Count);
        Assert.Equal((int)Math.Ceiling(audio.Marks["turn"] * 30 - 1e-9), (int)Math.Round(output.Segments[1].StartTime * 30));

        var second = new EspeakSpeech { CacheDirectory = _dir };
        spoken.Clear();
        var again = LambdaScene.Record(s => Narrate(s, second, spoken), 160, 90, 30);
        Assert.Equal(0, second.Syntheses);
        Assert.Equal(audio, spoken[0].Audio with { Marks = audio.Marks });
        Assert.Equal(audio.Marks, spoken[0].Audio.Marks);
        Assert.Equal(output.Frames.Count, again.Frames.Count);

        // Another voice is other audio.
        var other = new EspeakSpeech { CacheDirectory = _dir, WordsPerMinute = 120 };
        LambdaScene.Record(s => Narrate(s, other, spoken), 160, 90, 30);
        Assert.Equal(3, other.Syntheses);
        Assert.True(spoken[1].Duration > audio.Duration);
    }

    [Fact]
    public void AMissingProgramIsNamedWithItsPackage()
    {
        var speech = new EspeakSpeech { CacheDirectory = _dir, Executable = Path.Combine(_dir, "no-espeak-ng") };
        var e = Assert.Throws<SpeechSynthesisException>(() => LambdaScene.Record(s => s.Voiceover("Hello.", _ => { }, speech)));
        Assert.Contains("apt-get install espeak-ng", e.Message);
    }

    [Fact]
    public void TextReachesTheProgramAsTextNotAsCommands()
    {
        // Quotes, semicolons and a leading dash reach espeak-ng on stdin; nothing is run by a shell.
        var speech = new EspeakSpeech { CacheDirectory = _dir };
        string marker = Path.Combine(_dir, "pwned");
        var audio = speech.Speak(SpeechScript.Parse($"-v xx \"; touch {marker}; ' $(touch {marker})"), CancellationToken.None);
        Assert.True(audio.Duration > 0);
        Assert.False(File.Exists(marker));
    }
}
