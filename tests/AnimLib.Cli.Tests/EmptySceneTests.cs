using AnimLib.Cli.Tests.Scenes;
using AnimLib.Cli.Tests.Support;
using AnimLib.Encoding;

namespace AnimLib.Cli.Tests;

/// <summary>
/// A scene that plays nothing has no frame for a video: as in Manim, its last frame is written as a PNG where a still
/// goes, the output says so, and the exit code is 0.
/// </summary>
public sealed class EmptySceneTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("animlib-empty-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Theory]
    [InlineData("mp4")]
    [InlineData("png")]
    public void AVideoOfAnEmptySceneWritesItsLastFrameWhereAStillGoes(string format)
    {
        string media = Path.Combine(_dir, "media");
        var request = new RenderRequest(nameof(StillScene), Fps: "10", MediaDir: media) { Resolution = "160,90", Format = format };
        var (code, stdout, err) = CliRunner.Render(request);
        Assert.True(code == ExitCodes.Ok, err);
        string png = Path.Combine(media, "images", nameof(StillScene), "90p10", "StillScene.png");
        Assert.Contains($"StillScene has no animation (it never plays or waits), so its last frame was written as a PNG: {Path.GetFullPath(png)}", stdout);
        var image = PngFile.Load(png);
        Assert.Equal((160, 90), (image.Width, image.Height));
        // The green square of the scene is in the middle.
        Assert.True(image.GetPixel(80, 45).G > 100);
        Assert.False(File.Exists(Path.Combine(media, "videos", nameof(StillScene), "90p10", "StillScene.mp4")));
        Assert.False(Directory.Exists(Path.Combine(media, "images", nameof(StillScene), "90p10", "StillScene_frames")));

        // The same as --last-frame writes.
        string last = Path.Combine(_dir, "last.png");
        Assert.Equal(0, CliRunner.Render(request with { Output = last, LastFrame = true, Format = null }).Code);
        Assert.Equal(0, AnimLib.Core.Tests.Support.ImageDiff.Compare(image, PngFile.Load(last), 0).MaxChannelDelta);
    }

    [Fact]
    public void WithOutputThePngGoesBesideIt()
    {
        string mp4 = Path.Combine(_dir, "out", "clip.mp4");
        var (code, stdout, err) = CliRunner.Render(CliRunner.Small(nameof(StillScene), mp4));
        Assert.True(code == ExitCodes.Ok, err);
        Assert.Contains("so its last frame was written as a PNG", stdout);
        Assert.True(File.Exists(Path.Combine(_dir, "out", "clip.png")));
        Assert.False(File.Exists(mp4));
    }
}
