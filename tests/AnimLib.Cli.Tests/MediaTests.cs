using System.Text.Json;
using AnimLib.Cli.Tests.Scenes;
using AnimLib.Cli.Tests.Support;

namespace AnimLib.Cli.Tests;

/// <summary>Sections (--save-sections), subcaptions (.srt) and sounds mixed into the video.</summary>
public sealed class MediaTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("animlib-media-").FullName;

    public void Dispose()
    {
        SoundScene.SoundPath = null;
        Directory.Delete(_dir, recursive: true);
    }

    [Fact]
    public void SaveSectionsWritesOneVideoPerSectionAndAnIndex()
    {
        string path = Path.Combine(_dir, "out", "sections.mp4");
        var (code, stdout, err) = CliRunner.Render(CliRunner.Small(nameof(SectionScene), path) with { SaveSections = true });
        Assert.True(code == 0, err);
        // The second caption is cut where the skipped section begins. intro 5 + 3 frames, main 10, outro 4; the skipped section is left out of everything.
        Assert.Equal(22, VideoProbe.Of(path).Frames);
        string index = Path.Combine(_dir, "out", "sections", "sections.json");
        Assert.Contains(index, stdout);
        using var doc = JsonDocument.Parse(File.ReadAllText(index));
        var entries = doc.RootElement.EnumerateArray().ToList();
        Assert.Equal(["intro", "main", "outro"], entries.Select(e => e.GetProperty("name").GetString()));
        Assert.Equal([0.0, 0.8, 1.8], entries.Select(e => e.GetProperty("start").GetDouble()));
        Assert.Equal([0.8, 1.0, 0.4], entries.Select(e => e.GetProperty("duration").GetDouble()));
        Assert.Equal(["sections_0000_intro.mp4", "sections_0001_main.mp4", "sections_0003_outro.mp4"], entries.Select(e => e.GetProperty("file").GetString()));
        int[] frames = [8, 10, 4];
        for (int i = 0; i < 3; i++)
        {
            var probe = VideoProbe.Of(Path.Combine(_dir, "out", "sections", entries[i].GetProperty("file").GetString()!));
            Assert.Equal(frames[i], probe.Frames);
            Assert.Equal(frames[i], entries[i].GetProperty("frames").GetInt32());
        }
    }

    [Fact]
    public void SubcaptionsAreWrittenAsSrtBesideTheVideo()
    {
        string path = Path.Combine(_dir, "captions.mp4");
        var (code, _, err) = CliRunner.Render(CliRunner.Small(nameof(SectionScene), path));
        Assert.True(code == 0, err);
        string srt = File.ReadAllText(Path.Combine(_dir, "captions.srt"));
        Assert.Equal(
            "1\n00:00:00,000 --> 00:00:00,500\nA dot appears\n\n" +
            "2\n00:00:01,000 --> 00:00:01,800\nIt moves right\n\n", srt);
    }

    [Theory]
    [InlineData("mp4", "aac")]
    [InlineData("webm", "opus")]
    public void SoundIsMixedIntoTheVideo(string format, string audioCodec)
    {
        string wav = Path.Combine(_dir, "beep.wav");
        FfTools.Run("ffmpeg", "-v", "error", "-f", "lavfi", "-i", "sine=frequency=440:duration=1", wav);
        SoundScene.SoundPath = wav;
        string path = Path.Combine(_dir, "sound." + format);
        var (code, _, err) = CliRunner.Render(CliRunner.Small(nameof(SoundScene), path));
        Assert.True(code == 0, err);
        var probe = VideoProbe.Of(path);
        Assert.Equal([audioCodec], probe.AudioCodecs);
        Assert.Equal(20, probe.Frames);
        if (format != "mp4") return;
        // The beep starts at 1.5 s (0.5 s after the play that precedes AddSound): the first second is silent.
        string volume = FfTools.RunStderr("ffmpeg", "-v", "info", "-t", "1.4", "-i", path, "-vn", "-af", "volumedetect", "-f", "null", "-");
        Assert.Contains("max_volume: -91", volume);
    }

    [Fact]
    public void FfmpegFailureQuotesFfmpeg()
    {
        // An input that is not a sound file makes the mixing step fail inside ffmpeg.
        string bogus = Path.Combine(_dir, "not-audio.wav");
        File.WriteAllText(bogus, "this is not audio");
        string path = Path.Combine(_dir, "mix.mp4");
        SoundScene.SoundPath = bogus;
        var (code, _, err) = CliRunner.Render(CliRunner.Small(nameof(SoundScene), path) with { DisableCaching = true });
        Assert.Equal(ExitCodes.RenderFailed, code);
        Assert.Contains("ffmpeg said:", err);
        Assert.Contains("not-audio.wav", err);
        Assert.False(File.Exists(path));
    }
}
