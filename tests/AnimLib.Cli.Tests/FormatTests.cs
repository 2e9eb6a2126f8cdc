using AnimLib.Cli.Tests.Scenes;
using AnimLib.Cli.Tests.Support;
using AnimLib.Encoding;

namespace AnimLib.Cli.Tests;

/// <summary>Every --format, probed with ffprobe: codec, pixel format (alpha when transparent), size, rate, frame count.</summary>
public sealed class FormatTests : IDisposable
{
    private static readonly int TotalFrames = CountingScene.FramesAt10Fps.Sum();
    private readonly string _dir = Directory.CreateTempSubdirectory("animlib-format-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Theory]
    [InlineData("mp4", false, "h264", "yuv420p")]
    [InlineData("mov", false, "h264", "yuv420p")]
    [InlineData("mov", true, "prores", "yuva444p12le")]
    [InlineData("webm", false, "vp9", "yuv420p")]
    [InlineData("gif", false, "gif", "bgra")]
    public void VideoFormatsHaveTheExpectedStreams(string format, bool transparent, string codec, string pixelFormat)
    {
        string path = Path.Combine(_dir, "out." + format);
        var (code, _, err) = CliRunner.Render(CliRunner.Small(nameof(CountingScene), path) with { Format = format, Transparent = transparent });
        Assert.True(code == 0, err);
        var probe = VideoProbe.Of(path);
        Assert.Equal(codec, probe.Codec);
        Assert.Equal(pixelFormat, probe.PixelFormat);
        Assert.Equal((160, 90), (probe.Width, probe.Height));
        Assert.Equal("10/1", probe.FrameRate);
        Assert.Equal(TotalFrames, probe.Frames);
        Assert.Empty(Directory.GetFiles(_dir, ".*"));
    }

    [Fact]
    public void TransparentWebmCarriesAlpha()
    {
        string path = Path.Combine(_dir, "alpha.webm");
        var (code, _, err) = CliRunner.Render(CliRunner.Small(nameof(CountingScene), path) with { Transparent = true });
        Assert.True(code == 0, err);
        // VP9 keeps alpha in a side stream that the WebM muxer flags; libvpx decodes it back as yuva420p.
        Assert.Equal("1", FfmpegTools.Probe(path).PrimaryVideoStream!.Tags!["ALPHA_MODE"]);
        var frames = FfTools.DecodeFrames(path, 160, 90, decoder: "libvpx-vp9");
        Assert.Equal(TotalFrames, frames.Count);
        var last = frames[^1];
        Assert.True(last[3] < 10, $"corner alpha {last[3]}: the background should be transparent");
        int centre = (45 * 160 + 80) * 4;
        Assert.True(frames[15][centre + 3] > 200, "the square should be opaque where it is drawn (frame 15 is mid-shift)");
    }

    [Fact]
    public void TransparentMovHasAlphaPlane()
    {
        string path = Path.Combine(_dir, "alpha.mov");
        var (code, _, err) = CliRunner.Render(CliRunner.Small(nameof(CountingScene), path) with { Transparent = true });
        Assert.True(code == 0, err);
        var frames = FfTools.DecodeFrames(path, 160, 90);
        Assert.Equal(0, frames[^1][3]);
    }

    [Fact]
    public void PngSequenceWritesOneFilePerFrame()
    {
        string folder = Path.Combine(_dir, "frames");
        var (code, _, err) = CliRunner.Render(CliRunner.Small(nameof(CountingScene), folder) with { Format = "png", Transparent = true });
        Assert.True(code == 0, err);
        var files = Directory.GetFiles(folder, "*.png").Order(StringComparer.Ordinal).ToList();
        Assert.Equal(TotalFrames, files.Count);
        Assert.Equal("CountingScene_0000.png", Path.GetFileName(files[0]));
        var first = PngFile.Load(files[0]);
        Assert.Equal((160, 90), (first.Width, first.Height));
        Assert.Equal(0, first.GetPixel(2, 2).A);
    }

    [Fact]
    public void OutputExtensionPicksTheFormat()
    {
        string path = Path.Combine(_dir, "by-extension.webm");
        var (code, _, err) = CliRunner.Render(CliRunner.Small(nameof(CountingScene), path));
        Assert.True(code == 0, err);
        Assert.Equal("vp9", VideoProbe.Of(path).Codec);
    }

    [Fact]
    public void TransparentMp4IsRejectedWithTheFormatsThatWork()
    {
        string path = Path.Combine(_dir, "no.mp4");
        var (code, _, err) = CliRunner.Render(CliRunner.Small(nameof(CountingScene), path) with { Transparent = true });
        Assert.Equal(ExitCodes.UsageError, code);
        Assert.Contains("mov, webm or png", err);
        Assert.False(File.Exists(path));
    }

    [Fact]
    public void CrfAndPresetReachTheEncoder()
    {
        string small = Path.Combine(_dir, "q40.mp4");
        string large = Path.Combine(_dir, "q5.mp4");
        Assert.Equal(0, CliRunner.Render(CliRunner.Small(nameof(CountingScene), small) with { Crf = "40", Preset = "ultrafast" }).Code);
        Assert.Equal(0, CliRunner.Render(CliRunner.Small(nameof(CountingScene), large) with { Crf = "5", Preset = "ultrafast" }).Code);
        Assert.True(new FileInfo(small).Length < new FileInfo(large).Length);
        // x264 records its settings in the stream.
        string info = File.ReadAllText(small, System.Text.Encoding.Latin1);
        Assert.Contains("crf=40.0", info);
    }

    [Fact]
    public void BackgroundColorAndSeedAreApplied()
    {
        string path = Path.Combine(_dir, "bg.png");
        var (code, _, err) = CliRunner.Render(CliRunner.Small(nameof(CountingScene), path) with { LastFrame = true, BackgroundColor = "#FF0000", Seed = "7" });
        Assert.True(code == 0, err);
        var (r, g, b, _) = PngFile.Load(path).GetPixel(1, 1);
        Assert.Equal((255, 0, 0), ((int)r, (int)g, (int)b));
    }

    [Fact]
    public void JobsDoNotChangeTheBytes()
    {
        string serial = Path.Combine(_dir, "serial.mp4");
        string parallel = Path.Combine(_dir, "parallel.mp4");
        Assert.Equal(0, CliRunner.Render(CliRunner.Small(nameof(CountingScene), serial) with { Jobs = "1", DisableCaching = true }).Code);
        Assert.Equal(0, CliRunner.Render(CliRunner.Small(nameof(CountingScene), parallel) with { Jobs = "3", DisableCaching = true }).Code);
        Assert.Equal(File.ReadAllBytes(serial), File.ReadAllBytes(parallel));
    }
}
