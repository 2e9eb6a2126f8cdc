using AnimLib.Cli.Tests.Scenes;
using AnimLib.Cli.Tests.Support;

namespace AnimLib.Cli.Tests;

/// <summary>
/// Default paths: a render of some animations (-n) or of one frame (--frame-at) is named for what it holds, so it never
/// replaces the scene's full video or last frame.
/// </summary>
public sealed class DefaultOutputNameTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("animlib-names-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private RenderRequest Small(string media) => new(nameof(CountingScene), Fps: "10", MediaDir: media) { Resolution = "160,90" };

    [Fact]
    public void ARangeDoesNotOverwriteTheFullVideo()
    {
        string media = Path.Combine(_dir, "media");
        string videos = Path.Combine(media, "videos", nameof(CountingScene), "90p10");
        Assert.Equal(0, CliRunner.Render(Small(media)).Code);
        string full = Path.Combine(videos, "CountingScene.mp4");
        int fullFrames = VideoProbe.Of(full).Frames;

        var (code, stdout, err) = CliRunner.Render(Small(media) with { FromAnimation = "2,3" });
        Assert.True(code == 0, err);
        string part = Path.Combine(videos, "CountingScene_n2-3.mp4");
        Assert.Contains($"Wrote {Path.GetFullPath(part)}", stdout);
        Assert.Equal(CountingScene.FramesAt10Fps[2] + CountingScene.FramesAt10Fps[3], VideoProbe.Of(part).Frames);
        Assert.Equal(fullFrames, VideoProbe.Of(full).Frames);

        Assert.Equal(0, CliRunner.Render(Small(media) with { FromAnimation = "3" }).Code);
        Assert.True(File.Exists(Path.Combine(videos, "CountingScene_n3-end.mp4")));
        // -n 0 is the whole scene, so it is the full video.
        Assert.Equal(0, CliRunner.Render(Small(media) with { FromAnimation = "0" }).Code);
        Assert.Equal(["CountingScene.mp4", "CountingScene_n2-3.mp4", "CountingScene_n3-end.mp4"],
            Directory.GetFiles(videos, "*.mp4").Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void AFrameAtTimeAndTheLastFrameHaveTheirOwnNames()
    {
        string media = Path.Combine(_dir, "media");
        string images = Path.Combine(media, "images", nameof(CountingScene), "90p10");
        Assert.Equal(0, CliRunner.Render(Small(media) with { LastFrame = true }).Code);
        var (code, stdout, err) = CliRunner.Render(Small(media) with { FrameAt = "1.5" });
        Assert.True(code == 0, err);
        Assert.Contains(Path.Combine(images, "CountingScene_t1.5.png"), stdout);
        Assert.Equal(["CountingScene.png", "CountingScene_t1.5.png"], Directory.GetFiles(images).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void ARangeOfAPngSequenceGetsItsOwnFolder()
    {
        string media = Path.Combine(_dir, "media");
        Assert.Equal(0, CliRunner.Render(Small(media) with { FromAnimation = "2,2", Format = "png" }).Code);
        string folder = Path.Combine(media, "images", nameof(CountingScene), "90p10", "CountingScene_n2-2_frames");
        Assert.Equal(CountingScene.FramesAt10Fps[2], Directory.GetFiles(folder, "*.png").Length);
    }

    [Theory]
    [InlineData(0, null, "")]
    [InlineData(2, 3, "_n2-3")]
    [InlineData(4, 4, "_n4-4")]
    [InlineData(1, null, "_n1-end")]
    [InlineData(0, 2, "_n0-2")]
    public void RangeSuffixes(int from, int? upTo, string suffix) => Assert.Equal(suffix, OutputNames.RangeSuffix(from, upTo));

    [Fact]
    public void AnExplicitOutputWins()
    {
        string mp4 = Path.Combine(_dir, "part.mp4");
        Assert.Equal(0, CliRunner.Render(CliRunner.Small(nameof(CountingScene), mp4) with { FromAnimation = "1,1" }).Code);
        Assert.True(File.Exists(mp4));
    }
}
