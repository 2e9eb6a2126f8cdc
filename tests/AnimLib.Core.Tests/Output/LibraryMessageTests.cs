using AnimLib.Encoding;
using AnimLib.Pipeline;

namespace AnimLib.Core.Tests.Output;

/// <summary>
/// The library serves callers other than the CLI, so its messages speak of formats, sizes and shards, never of a
/// command-line flag; the CLI adds the flag.
/// </summary>
public sealed class LibraryMessageTests
{
    private static void NamesNoFlag(string? message)
    {
        Assert.False(string.IsNullOrWhiteSpace(message));
        Assert.DoesNotContain("--", message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("a/b")]
    [InlineData("1")]
    [InlineData("2/2")]
    [InlineData("0/0")]
    public void ShardErrorsNameNoFlag(string text)
    {
        Assert.False(ShardSpec.TryParse(text, out _, out string? error));
        NamesNoFlag(error);
    }

    [Fact]
    public void FormatProblemsNameNoFlagAndSayHowToFixThem()
    {
        var alpha = OutputFormat.Mp4.FindProblem(160, 90, transparent: true)!;
        Assert.Equal(OutputFormatProblemKind.NoAlphaChannel, alpha.Kind);
        Assert.Contains("mov, webm or png", alpha.Message);
        NamesNoFlag(alpha.Message);

        var odd = OutputFormat.Webm.FindProblem(161, 90, transparent: true)!;
        Assert.Equal(OutputFormatProblemKind.OddFrameSize, odd.Kind);
        Assert.Contains("try 162x90", odd.Message);
        NamesNoFlag(odd.Message);
    }

    [Fact]
    public void EvenSizeIsNeededOnlyByFourTwoZeroFormats()
    {
        Assert.Null(OutputFormat.Png.FindProblem(161, 91, transparent: true));
        Assert.Null(OutputFormat.Gif.FindProblem(161, 91, transparent: false));
        Assert.Null(OutputFormat.Mov.FindProblem(161, 91, transparent: true));
        Assert.NotNull(OutputFormat.Mov.FindProblem(161, 91, transparent: false));
        Assert.NotNull(OutputFormat.Mp4.FindProblem(160, 91, transparent: false));
    }

    [Fact]
    public void AJobThatItsFormatCannotHoldThrowsTheProblem()
    {
        var job = new RenderJob(new SceneSettings(161, 90, 10), "x.mp4");
        var e = Assert.Throws<OutputFormatException>(() => job.Video);
        Assert.Equal(OutputFormatProblemKind.OddFrameSize, e.Problem.Kind);
        NamesNoFlag(e.Message);
        Assert.Throws<OutputFormatException>(() => (job with { Settings = new SceneSettings(160, 90, 10), Transparent = true }).Video);
    }

    [Fact]
    public void TransparencyReachesTheBackgroundAndThePixelFormat()
    {
        var job = new RenderJob(new SceneSettings(160, 90, 10), "x.webm") { Format = OutputFormat.Webm, Transparent = true };
        Assert.Equal(0, job.EffectiveSettings.BackgroundOpacity);
        Assert.Equal(1, job.Settings.BackgroundOpacity);
        Assert.Equal(("libvpx-vp9", "yuva420p"), (job.Video.Codec, job.Video.PixelFormat));
    }

    [Fact]
    public void SceneWithoutFramesNamesNoFlag() => NamesNoFlag(new SceneHasNoFramesException("Still").Message);

    [Fact]
    public void LimitErrorsNameNoFlag()
    {
        NamesNoFlag(Assert.Throws<ArgumentOutOfRangeException>(() => new SceneSettings(8, 90, 10)).Message);
        NamesNoFlag(Assert.Throws<ArgumentOutOfRangeException>(() => new SceneSettings(160, 90, 1000)).Message);
    }
}
