using AnimLib.Encoding;

namespace AnimLib.Cli.Tests;

public sealed class RenderCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("animlib-cli-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void RendersSquareToCircleAt480p()
    {
        var path = Path.Combine(_dir, "square.mp4");
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        int code = RenderCommand.Execute(new RenderRequest("SquareToCircle", "480p", Output: path), stdout, stderr, ConfigLocations.None);
        Assert.True(code == 0, stderr.ToString());
        var probe = VideoProbe.Of(path);
        Assert.Equal("h264", probe.Codec);
        Assert.Equal(854, probe.Width);
        Assert.Equal(480, probe.Height);
        Assert.Equal("15/1", probe.FrameRate);
        Assert.Equal("yuv420p", probe.PixelFormat);
        // ShowCreation 1 s + Transform 2 s + animate 1 s + Wait 1 s at 15 fps.
        Assert.Equal(75, probe.Frames);
        Assert.Equal(5.0, probe.Duration, 1);
        Assert.Empty(Directory.GetFiles(_dir, "*partial*"));
    }

    [Fact]
    public void FpsOverrideAndDefaultMediaPath()
    {
        int code = RenderCommand.Execute(new RenderRequest("SquareToCircle", "l", Fps: "10", MediaDir: Path.Combine(_dir, "media")),
            TextWriter.Null, TextWriter.Null, ConfigLocations.None);
        Assert.Equal(0, code);
        var path = Path.Combine(_dir, "media", "videos", "SquareToCircle", "480p10", "SquareToCircle.mp4");
        var probe = VideoProbe.Of(path);
        Assert.Equal("10/1", probe.FrameRate);
        Assert.Equal(50, probe.Frames);
    }

    [Fact]
    public void LastFrameWritesPng()
    {
        var path = Path.Combine(_dir, "last.png");
        int code = RenderCommand.Execute(new RenderRequest("SquareToCircle", "480p", Output: path, LastFrame: true), TextWriter.Null, TextWriter.Null, ConfigLocations.None);
        Assert.Equal(0, code);
        var frame = PngFile.Load(path);
        Assert.Equal(854, frame.Width);
        // The circle ends 2 units right of centre, yellow stroke at 30% opacity over black: its rightmost point is at x = 3 units.
        double unitsToPx = 480 / 8.0;
        int x = (int)Math.Round(854 / 2.0 + 3 * unitsToPx) - 1;
        var (r, g, b, _) = frame.GetPixel(x, 240);
        Assert.True(r > 40 && g > 40 && b < r / 2, $"expected dim yellow at ({x}, 240), got {r},{g},{b}");
        var (r0, g0, b0, _) = frame.GetPixel(20, 20);
        Assert.Equal((0, 0, 0), ((int)r0, (int)g0, (int)b0));
    }

    [Fact]
    public void UnknownSceneExitsWithCodeTwoAndSuggestions()
    {
        var stderr = new StringWriter();
        int code = RenderCommand.Execute(new RenderRequest("SquareToCirle", Output: Path.Combine(_dir, "x.mp4")), TextWriter.Null, stderr, ConfigLocations.None);
        Assert.Equal(ExitCodes.UsageError, code);
        Assert.Contains("unknown scene 'SquareToCirle'", stderr.ToString());
        Assert.Contains("SquareToCircle", stderr.ToString());
        Assert.False(File.Exists(Path.Combine(_dir, "x.mp4")));
    }

    [Fact]
    public void BadQualityIsAUsageError()
    {
        var stderr = new StringWriter();
        Assert.Equal(ExitCodes.UsageError, RenderCommand.Execute(new RenderRequest("SquareToCircle", "999p"), TextWriter.Null, stderr, ConfigLocations.None));
        Assert.Contains("480p", stderr.ToString());
    }

    [Fact]
    public void ProgramMainParsesArgumentsAndReturnsExitCode()
    {
        Assert.Equal(ExitCodes.UsageError, Program.Main(["render", "NoSuchScene", "-o", Path.Combine(_dir, "n.mp4")]));
        Assert.Equal(0, Program.Main(["list"]));
    }

    [Theory]
    [InlineData("l", 854, 480, 15)]
    [InlineData("720p", 1280, 720, 30)]
    [InlineData("h", 1920, 1080, 60)]
    [InlineData("1440p", 2560, 1440, 60)]
    [InlineData("k", 3840, 2160, 60)]
    public void QualityTableMatchesManimCE(string text, int w, int h, int fps)
    {
        Assert.True(Quality.TryParse(text, out var q));
        Assert.Equal((w, h, fps), (q.Width, q.Height, q.Fps));
    }
}
