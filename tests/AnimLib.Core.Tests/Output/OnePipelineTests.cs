using AnimLib.Core.Tests.Support;
using AnimLib.Pipeline;
using static AnimLib.Anim;

namespace AnimLib.Core.Tests.Output;

/// <summary>Every entry point of the library runs the one job pipeline, and says so in what it produces.</summary>
public sealed class OnePipelineTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("animlib-one-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static void TwoPlays(LambdaScene s)
    {
        var square = new Square(2, Palette.Blue, fillOpacity: 0.5);
        s.Play(FadeIn(square), runTime: 0.4);
        s.Play(square.Animate().Shift(Directions.Right), runTime: 0.4);
        s.Wait(0.2);
    }

    [Fact]
    public void RenderVideo_WritesTheSameBytesAsTheJobTheCliRuns_AndReportsItsStages()
    {
        var settings = new SceneSettings(160, 90, 15);
        var fromCode = SceneRenderer.RenderVideo(new LambdaScene(TwoPlays), settings, Path.Combine(_dir, "code.mp4"));
        var asJob = SceneRenderer.Render(new LambdaScene(TwoPlays), new RenderJob(settings, Path.Combine(_dir, "job.mp4")) { Jobs = 0 });

        Assert.Equal(15, fromCode.Frames); // 6 + 6 + 3 at 15 fps
        Assert.Equal(3, fromCode.Segments);
        Assert.Equal(File.ReadAllBytes(asJob.OutputPath), File.ReadAllBytes(fromCode.OutputPath));
        // The wait repeats the last frame: 12 frames painted, or 13 when the wait's segment is encoded by a frame stage
        // of its own (segments that wait together share one; which do depends on how fast the encoder keeps up).
        Assert.InRange(fromCode.FramesRasterized, 12, 13);
        var times = Assert.IsType<AnimLib.Rendering.RenderStageTimes>(fromCode.Times);
        Assert.True(times.Rasterize > TimeSpan.Zero && times.EncoderWait > TimeSpan.Zero && times.SceneLogic >= TimeSpan.Zero);
    }

    [Fact]
    public void DryRun_ListsTheAnimations_AndWritesNothing()
    {
        var result = SceneRenderer.DryRun(new LambdaScene(TwoPlays), new SceneSettings(160, 90, 15));

        Assert.Equal([6, 6, 3], result.Animations.Select(a => a.FrameCount));
        Assert.Equal(15, result.Frames);
        Assert.Equal(1.0, result.Duration, 6);
        Assert.Empty(Directory.GetFileSystemEntries(_dir));
    }

    [Fact]
    public void Stills_AreJobs_AndTakeTheJobsTransparency()
    {
        var settings = new SceneSettings(160, 90, 15);
        string last = Path.Combine(_dir, "last.png");
        var still = SceneRenderer.Render(new LambdaScene(TwoPlays), new RenderJob(settings, last) { Still = StillFrame.Last, Transparent = true });

        Assert.Equal(Path.GetFullPath(last), still.OutputPath);
        Assert.Equal(1.0, still.Duration, 6);
        var pixels = AnimLib.Encoding.PngFile.Load(last);
        // A corner far from the square shows the transparent background, not black.
        Assert.Equal(0, pixels.GetPixel(2, 2).A);

        var at = SceneRenderer.RenderFrameAt(new LambdaScene(TwoPlays), settings, 0.2, Path.Combine(_dir, "at.png"));
        Assert.Equal(3 / 15.0, at.Duration, 6);
        Assert.True(File.Exists(at.OutputPath));
    }

    [Fact]
    public void AVideoOfAnEmptyScene_SaysToRenderAStill()
    {
        var error = Assert.Throws<SceneHasNoFramesException>(() =>
            SceneRenderer.RenderVideo(new LambdaScene(s => s.Add(new Square())), new SceneSettings(160, 90, 15), Path.Combine(_dir, "empty.mp4")));
        Assert.Contains("still", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("--", error.Message, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(_dir, "empty.mp4")));
    }

    [Theory]
    [InlineData(AnimLib.Encoding.OutputFormat.Mp4, "empty.mp4")]
    [InlineData(AnimLib.Encoding.OutputFormat.Png, "frames")]
    public void AJobThatAsksForIt_WritesTheLastFrameOfAnEmptyScene(AnimLib.Encoding.OutputFormat format, string output)
    {
        string target = Path.Combine(_dir, output);
        string still = Path.Combine(_dir, "stills", "empty.png");
        var job = new RenderJob(new SceneSettings(160, 90, 15), target) { Format = format, StillWhenEmpty = still };
        var result = SceneRenderer.Render(new LambdaScene(s => s.Add(new Square(2, Palette.Blue, fillOpacity: 1))), job);

        Assert.True(result.StillOfEmptyScene);
        Assert.Equal(Path.GetFullPath(still), result.OutputPath);
        Assert.Equal((1, 0, 0.0), (result.Frames, result.Segments, result.Duration));
        var pixels = AnimLib.Encoding.PngFile.Load(still);
        Assert.True(pixels.GetPixel(80, 45).B > 100, "the square is drawn");
        Assert.False(Path.Exists(target));
        Assert.DoesNotContain(Directory.GetFileSystemEntries(_dir), e => Path.GetFileName(e).StartsWith('.'));
    }
}
