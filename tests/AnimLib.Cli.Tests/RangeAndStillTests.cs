using AnimLib.Cli.Tests.Scenes;
using AnimLib.Cli.Tests.Support;
using AnimLib.Core.Tests.Support;
using AnimLib.Encoding;

namespace AnimLib.Cli.Tests;

/// <summary>--from-animation, --frame-at, --last-frame and --dry-run.</summary>
public sealed class RangeAndStillTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("animlib-range-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void FromAnimationTwoToThreeHasExactlyThoseFramesOfTheFullRender()
    {
        string full = Path.Combine(_dir, "full.mp4");
        string part = Path.Combine(_dir, "part.mp4");
        // Each render has an empty cache of its own, so the range's segments are encoded again (the same bytes).
        Assert.Equal(0, CliRunner.Render(CliRunner.Small(nameof(CountingScene), full) with { MediaDir = Path.Combine(_dir, "media-full") }).Code);
        var (code, stdout, err) = CliRunner.Render(CliRunner.Small(nameof(CountingScene), part) with { FromAnimation = "2,3", MediaDir = Path.Combine(_dir, "media-part") });
        Assert.True(code == 0, err);

        int[] counts = CountingScene.FramesAt10Fps;
        int skip = counts[0] + counts[1];
        int take = counts[2] + counts[3];
        Assert.Equal(take, VideoProbe.Of(part).Frames);
        Assert.Equal("Animations encoded: 2, reused from cache: 0", stdout.Split('\n').Single(l => l.StartsWith("Animations", StringComparison.Ordinal)).Trim());
        var fullFrames = FfTools.DecodeFrames(full, 160, 90);
        var partFrames = FfTools.DecodeFrames(part, 160, 90);
        Assert.Equal(take, partFrames.Count);
        for (int i = 0; i < take; i++)
            Assert.True(fullFrames[skip + i].AsSpan().SequenceEqual(partFrames[i]), $"frame {i} of the range differs from frame {skip + i} of the full render");

        // Without the cache the range is encoded in one piece: the same frames within encoding noise.
        string direct = Path.Combine(_dir, "direct.mp4");
        var uncached = CliRunner.Render(CliRunner.Small(nameof(CountingScene), direct) with { FromAnimation = "2,3", DisableCaching = true });
        Assert.True(uncached.Code == 0, uncached.Err);
        var directFrames = FfTools.DecodeFrames(direct, 160, 90);
        Assert.Equal(take, directFrames.Count);
        for (int i = 0; i < take; i++)
            Assert.True(FfTools.MeanDifference(fullFrames[skip + i], directFrames[i]) < 1.5, $"frame {i} of the uncached range is not frame {skip + i} of the full render");
    }

    [Fact]
    public void FromAnimationWithoutEndRunsToTheEnd()
    {
        string part = Path.Combine(_dir, "tail.mp4");
        Assert.Equal(0, CliRunner.Render(CliRunner.Small(nameof(CountingScene), part) with { FromAnimation = "3" }).Code);
        Assert.Equal(CountingScene.FramesAt10Fps[3] + CountingScene.FramesAt10Fps[4], VideoProbe.Of(part).Frames);
    }

    [Theory]
    [InlineData("3,1")]
    [InlineData("-1")]
    [InlineData("a,b")]
    public void BadRangesAreUsageErrors(string range)
    {
        var (code, _, err) = CliRunner.Render(CliRunner.Small(nameof(CountingScene), Path.Combine(_dir, "x.mp4")) with { FromAnimation = range });
        Assert.Equal(ExitCodes.UsageError, code);
        Assert.Contains("--from-animation must be A or A,B", err);
    }

    [Theory]
    [InlineData("999", "mp4")]
    [InlineData("5,7", "mp4")]
    [InlineData("999", "png")]
    public void RangeStartingPastTheLastAnimationIsAUsageErrorNamingTheCount(string range, string format)
    {
        string media = Path.Combine(_dir, "media");
        string output = Path.Combine(_dir, format == "png" ? "frames" : "x.mp4");
        var (code, _, err) = CliRunner.Render(CliRunner.Small(nameof(CountingScene), output) with { FromAnimation = range, Format = format, MediaDir = media });
        Assert.Equal(ExitCodes.UsageError, code);
        Assert.Contains($"--from-animation: animations {range} are past the end: CountingScene has 5 animations (0 to 4)", err);
        Assert.False(Path.Exists(output));
        // Nothing was encoded.
        string cache = Path.Combine(media, "videos", nameof(CountingScene), "90p10", "partial_movie_files");
        Assert.True(!Directory.Exists(cache) || Directory.GetFiles(cache).Length == 0);
    }

    [Fact]
    public void RangeEndingPastTheLastAnimationRunsToTheEnd()
    {
        string part = Path.Combine(_dir, "tail.mp4");
        var (code, stdout, err) = CliRunner.Render(CliRunner.Small(nameof(CountingScene), part) with { FromAnimation = "3,99" });
        Assert.True(code == 0, err);
        Assert.Contains("CountingScene has 5 animation(s): the range ends at animation 4, not 99", stdout);
        Assert.Equal(CountingScene.FramesAt10Fps[3] + CountingScene.FramesAt10Fps[4], VideoProbe.Of(part).Frames);
    }

    [Fact]
    public void FrameAtMatchesTheFrameExtractedFromTheVideo()
    {
        string video = Path.Combine(_dir, "full.mp4");
        string still = Path.Combine(_dir, "at.png");
        var request = new RenderRequest(nameof(CountingScene), Fps: "10", Output: video) { Resolution = "320,180", Crf = "10" };
        Assert.Equal(0, CliRunner.Render(request).Code);
        var (code, _, err) = CliRunner.Render(request with { Output = still, FrameAt = "1.5" });
        Assert.True(code == 0, err);

        var png = PngFile.Load(still);
        var ours = new byte[png.Width * png.Height * 4];
        for (int y = 0; y < png.Height; y++)
        for (int x = 0; x < png.Width; x++)
        {
            var (r, g, b, a) = png.GetPixel(x, y);
            int i = (y * png.Width + x) * 4;
            (ours[i], ours[i + 1], ours[i + 2], ours[i + 3]) = (r, g, b, a);
        }
        var frames = FfTools.DecodeFrames(video, 320, 180);
        // At 10 fps the frame shown at 1.5 s is frame 15; its neighbours are a linear-shift step away.
        double same = FfTools.MeanDifference(ours, frames[15]);
        Assert.True(same < 1.5, $"mean difference {same:0.00} from the video's frame at 1.5 s");
        Assert.True(FfTools.MeanDifference(ours, frames[14]) > 2 * same + 0.5);
        Assert.True(FfTools.MeanDifference(ours, frames[16]) > 2 * same + 0.5);
    }

    [Fact]
    public void LastFrameAndFrameAtPastTheEndAgree()
    {
        string last = Path.Combine(_dir, "last.png");
        string late = Path.Combine(_dir, "late.png");
        Assert.Equal(0, CliRunner.Render(CliRunner.Small(nameof(CountingScene), last) with { LastFrame = true }).Code);
        Assert.Equal(0, CliRunner.Render(CliRunner.Small(nameof(CountingScene), late) with { FrameAt = "100" }).Code);
        var cmp = ImageDiff.Compare(PngFile.Load(last), PngFile.Load(late), 0);
        Assert.Equal(0, cmp.MaxChannelDelta);
    }

    [Fact]
    public void LastFrameAndFrameAtTogetherIsAUsageError()
    {
        var (code, _, err) = CliRunner.Render(CliRunner.Small(nameof(CountingScene), Path.Combine(_dir, "x.png")) with { LastFrame = true, FrameAt = "1" });
        Assert.Equal(ExitCodes.UsageError, code);
        Assert.Contains("--last-frame and --frame-at", err);
    }

    [Fact]
    public void DryRunReportsAnimationsAndDurationAndWritesNothing()
    {
        string media = Path.Combine(_dir, "media");
        var (code, stdout, err) = CliRunner.Render(new RenderRequest(nameof(CountingScene), Fps: "10", MediaDir: media) { DryRun = true, Resolution = "160,90" });
        Assert.True(code == 0, err);
        Assert.Contains("5 animations, 42 frames, 4.2 s", stdout);
        Assert.Contains("[3] Wait(0.7): 7 frames", stdout);
        Assert.False(Directory.Exists(media));
    }

    [Fact]
    public void AllWithoutAnAssemblyVisitsEverySceneOfTheVariable()
    {
        var stdout = new StringWriter();
        int code = RenderCommand.Execute(new RenderRequest(null, "l") { All = true, DryRun = true }, stdout, TextWriter.Null, ConfigLocations.None);
        Assert.Equal(0, code);
        Assert.Contains("Dry run of SquareToCircle", stdout.ToString());
    }

    [Fact]
    public void AllWithAnAssemblyRendersOnlyItsScenes()
    {
        var stdout = new StringWriter();
        // The exit code is not asserted: other test classes flip ThrowingScene into failing while this runs.
        RenderCommand.Execute(new RenderRequest(null, "l", Assemblies: [CliRunner.TestAssembly]) { All = true, DryRun = true },
            stdout, TextWriter.Null, ConfigLocations.None);
        Assert.Contains("Dry run of CountingScene", stdout.ToString());
        Assert.DoesNotContain("SquareToCircle", stdout.ToString());
    }
}
