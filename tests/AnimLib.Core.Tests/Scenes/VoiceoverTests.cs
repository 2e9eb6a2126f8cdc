using AnimLib.Core.Tests.Support;
using AnimLib.Encoding;
using AnimLib.Pipeline;
using static AnimLib.Anim;
using static AnimLib.Directions;

namespace AnimLib.Core.Tests.Scenes;

/// <summary>Voiceovers: bookmarks set when animations start, the speech sets how long the block lasts, and the audio and text reach the video.</summary>
public sealed class VoiceoverTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("animlib-voice-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private const string Text = """First a box. <bookmark mark="move"/> Then it moves, <bookmark mark="fade"/> and fades.""";

    /// <summary>A recording of <paramref name="seconds"/> with marks at 0.7 s and 1.55 s (0.7 s falls between frames at 15 fps, 1.55 s at 30 fps).</summary>
    private RecordedSpeech Take(double seconds = 2.5) =>
        new(Tone(Path.Combine(_dir, "take.wav"), seconds), new Dictionary<string, double> { ["move"] = 0.7, ["fade"] = 1.55 });

    /// <summary>Writes a 16-bit mono 440 Hz tone: a recording whose length is known exactly.</summary>
    private static string Tone(string path, double seconds, int rate = 22050)
    {
        int samples = (int)Math.Round(rate * seconds);
        using var w = new BinaryWriter(File.Create(path));
        w.Write("RIFF"u8); w.Write(36 + samples * 2); w.Write("WAVE"u8);
        w.Write("fmt "u8); w.Write(16); w.Write((short)1); w.Write((short)1); w.Write(rate); w.Write(rate * 2); w.Write((short)2); w.Write((short)16);
        w.Write("data"u8); w.Write(samples * 2);
        for (int i = 0; i < samples; i++) w.Write((short)(0.5 * short.MaxValue * Math.Sin(2 * Math.PI * 440 * i / rate)));
        return path;
    }

    private void Narrate(LambdaScene s, RecordedSpeech take)
    {
        var box = TestShapes.Box(1, 1);
        s.Wait(0.5);
        s.Voiceover(Text, vo =>
        {
            s.Play(FadeIn(box), runTime: 0.3);
            vo.WaitUntil("move");
            s.Play(box.Animate().Shift(Right), runTime: 0.4);
            vo.WaitUntil("fade");
            s.Play(FadeOut(box), runTime: 0.2);
        }, take);
    }

    [Theory]
    [InlineData(15)]
    [InlineData(30)]
    [InlineData(60)]
    public void EachMarkStartsItsAnimationOnTheMarksFrame_AndTheBlockLastsAsLongAsTheSpeech(double fps)
    {
        var take = Take();
        var output = LambdaScene.Record(s => Narrate(s, take), 160, 90, fps);

        int StartFrame(string name) => (int)Math.Round(output.Segments.Single(x => x.Name.StartsWith(name, StringComparison.Ordinal)).StartTime * fps);
        // The speech starts after the wait (frame S); each animation starts on the first frame at or after its mark.
        static int Frames(double seconds, double fps) => (int)Math.Ceiling(seconds * fps - 1e-9);
        int start = Frames(0.5, fps);
        Assert.Equal(start + Frames(0.7, fps), StartFrame("MoveToTarget"));
        Assert.Equal(start + Frames(1.55, fps), StartFrame("FadeOut"));
        Assert.Equal(start + Frames(2.5, fps), output.Frames.Count);
    }

    [Fact]
    public void TheSpeechIsASoundAndASubcaptionWithoutItsBookmarks()
    {
        var take = Take();
        var scene = new LambdaScene(s => Narrate(s, take));
        scene.Run(new SceneSettings(160, 90, 30), new NullOutput());
        var sound = Assert.Single(scene.Sounds);
        Assert.Equal((take.Path, 0.5), (sound.Path, Math.Round(sound.StartTime, 9)));
        var caption = Assert.Single(scene.Subcaptions);
        Assert.Equal("First a box. Then it moves, and fades.", caption.Text);
        Assert.Equal((0.5, 3.0), (Math.Round(caption.Start, 9), Math.Round(caption.End, 9)));
    }

    [Fact]
    public void AnimationsLongerThanTheSpeechAreNotCut_AndDurationStretchesOne()
    {
        var take = new RecordedSpeech(Tone(Path.Combine(_dir, "short.wav"), 1.0));
        var longer = LambdaScene.Record(s => s.Voiceover("Hi.", _ => s.Play(FadeIn(TestShapes.Box(1, 1)), runTime: 2), take), 160, 90, 30);
        Assert.Equal(60, longer.Frames.Count);
        var stretched = LambdaScene.Record(s => s.Voiceover("Hi.", vo => s.Play(FadeIn(TestShapes.Box(1, 1)), runTime: vo.Duration), take), 160, 90, 30);
        Assert.Equal([30], stretched.FramesPerSegment);
    }

    [Fact]
    public void UnknownMarksAndMissingTimesAreNamed()
    {
        var take = Take();
        var e = Assert.Throws<ArgumentException>(() => LambdaScene.Record(s => s.Voiceover(Text, vo => vo.WaitUntil("jump"), take)));
        Assert.Contains("\"jump\"", e.Message);
        Assert.Contains("\"move\", \"fade\"", e.Message);
        var short_ = new RecordedSpeech(take.Path, new Dictionary<string, double> { ["move"] = 1 });
        e = Assert.Throws<ArgumentException>(() => LambdaScene.Record(s => s.Voiceover(Text, _ => { }, short_)));
        Assert.Contains("\"fade\"", e.Message);
    }

    [Fact]
    public void BookmarksSplitTheText()
    {
        var script = SpeechScript.Parse("""<bookmark mark="start"/>One  two <BOOKMARK mark='b' /> three<bookmark mark="end"/>""");
        Assert.Equal(["", "One two", "three", ""], script.Pieces);
        Assert.Equal(["start", "b", "end"], script.Marks);
        Assert.Equal("One two three", script.Text);
        Assert.Throws<ArgumentException>(() => SpeechScript.Parse("""a <bookmark mark="x"/> b <bookmark mark="x"/>"""));
        Assert.Throws<ArgumentException>(() => SpeechScript.Parse("""<bookmark mark="x"/>"""));
    }

    [Fact]
    public void ARecordingReadsItsMarksFromTheJsonBesideIt()
    {
        string wav = Tone(Path.Combine(_dir, "take3.wav"), 2);
        File.WriteAllText(Path.Combine(_dir, "take3.json"), """{"marks": {"move": 0.5, "fade": 1.25}}""");
        var take = new RecordedSpeech(wav);
        Assert.Equal(2, take.Duration, 6);
        Assert.Equal(1.25, take.Marks["fade"]);
    }

    [Fact]
    public void TheVideoAndEachSectionCarryTheSpeech_AndTheSrtHoldsTheText()
    {
        var take = Take();
        var scene = new LambdaScene(s =>
        {
            s.NextSection("before");
            s.Wait(0.5);
            s.Voiceover(Text, vo =>
            {
                s.Play(FadeIn(TestShapes.Box(1, 1)), runTime: 0.3);
                vo.WaitUntil("move");
                s.NextSection("during");
            }, take);
        });
        string video = Path.Combine(_dir, "narrated.mp4");
        var result = SceneRenderer.Render(scene, new RenderJob(new SceneSettings(160, 90, 30), video)
        {
            CacheDirectory = Path.Combine(_dir, "cache"),
            SaveSections = true,
        });

        var media = FfmpegTools.Probe(video);
        var audio = Assert.Single(media.AudioStreams);
        // The speech starts at 0.5 s and lasts 2.5 s; the video ends with it. AAC frames may pad the stream a little.
        Assert.Equal(3.0, result.Duration, 6);
        Assert.InRange(audio.Duration.TotalSeconds, 2.95, 3.05);
        Assert.Contains("First a box. Then it moves, and fades.", File.ReadAllText(result.SubtitlePath!));

        Assert.Equal(["before", "during"], result.Sections.Select(x => x.Name));
        // "before" holds the wait and the start of the speech; "during" opens 1.2 s in, mid-sentence, and plays on.
        foreach (var section in result.Sections)
        {
            var part = FfmpegTools.Probe(Path.Combine(Path.GetDirectoryName(result.SectionIndexPath)!, section.File));
            var sound = Assert.Single(part.AudioStreams);
            Assert.InRange(sound.Duration.TotalSeconds, section.Duration - 0.05, section.Duration + 0.05);
        }
    }
}
