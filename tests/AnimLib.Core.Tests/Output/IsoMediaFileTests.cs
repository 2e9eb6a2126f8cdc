using AnimLib.Encoding;
using AnimLib.Rendering;

namespace AnimLib.Core.Tests.Output;

/// <summary>The in-process reading of MP4 and QuickTime files that checks partial movies without an ffprobe per file.</summary>
public sealed class IsoMediaFileTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("animlib-iso-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string Video(string name, int frames, double fps, string codec = "libx264")
    {
        string path = Path.Combine(_dir, name);
        using var sink = new FfmpegVideoSink(path, new VideoSettings(64, 48, fps) { Preset = "ultrafast", Codec = codec });
        for (int i = 0; i < frames; i++) sink.WriteFrame(new FrameBuffer(64, 48));
        sink.Complete();
        return path;
    }

    [Theory]
    [InlineData("a.mp4", 12, 10.0)]
    [InlineData("b.mp4", 75, 15.0)]
    [InlineData("c.mp4", 1, 60.0)]
    [InlineData("d.mov", 20, 30.0)]
    public void ReadsTheSampleCountAndDurationFfprobeReads(string name, int frames, double fps)
    {
        string path = Video(name, frames, fps);
        Assert.Null(IsoMediaFile.TryReadVideoTrack(path, out int samples, out double seconds));
        Assert.Equal(frames, samples);
        Assert.Equal(frames / fps, seconds, 2);
        var probed = FfmpegTools.Probe(path, "-count_packets -select_streams v:0");
        Assert.Equal(probed.PrimaryVideoStream!.Duration.TotalSeconds, seconds, 2);
    }

    [Fact]
    public void AFileCutShortIsNamedAsSuch()
    {
        string whole = Video("whole.mp4", 30, 15);
        byte[] bytes = File.ReadAllBytes(whole);
        foreach (int keep in new[] { bytes.Length - 1, bytes.Length / 2, 40, 5 })
        {
            string cut = Path.Combine(_dir, $"cut{keep}.mp4");
            File.WriteAllBytes(cut, bytes[..keep]);
            string? problem = IsoMediaFile.TryReadVideoTrack(cut, out _, out _);
            Assert.NotNull(problem);
            Assert.True(problem!.Contains("cut short") || problem.Contains("box header") || problem.Contains("no 'moov'"), problem);
        }
    }

    [Fact]
    public void AFileWithoutItsIndexIsNotFinished()
    {
        // Only an 'ftyp' box and a complete 'mdat': what a writer leaves when it dies before writing the index.
        string path = Path.Combine(_dir, "noindex.mp4");
        byte[] ftyp = [0, 0, 0, 16, (byte)'f', (byte)'t', (byte)'y', (byte)'p', (byte)'i', (byte)'s', (byte)'o', (byte)'m', 0, 0, 2, 0];
        byte[] mdat = [0, 0, 0, 12, (byte)'m', (byte)'d', (byte)'a', (byte)'t', 1, 2, 3, 4];
        File.WriteAllBytes(path, [.. ftyp, .. mdat]);
        Assert.Contains("no 'moov'", IsoMediaFile.TryReadVideoTrack(path, out _, out _));
    }
}
