using System.Diagnostics;
using AnimLib.Cli.Tests.Scenes;
using AnimLib.Cli.Tests.Support;

namespace AnimLib.Cli.Tests;

/// <summary>
/// Numbers a render cannot hold: out-of-range settings exit 2 at once naming the flag or key, the range and the value;
/// bad durations and NaN coordinates in a scene exit 1 naming the call; an absurd but allowed render still stops when
/// cancelled.
/// </summary>
public sealed class BoundedInputTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("animlib-bounds-").FullName;

    public void Dispose()
    {
        BadNumberScene.Mistake = "wait";
        BadNumberScene.Value = double.NaN;
        Directory.Delete(_dir, recursive: true);
    }

    private string Out => Path.Combine(_dir, "x.mp4");

    /// <summary>Renders with the setting on the command line, then with it in animlib.json; both must be refused at once.</summary>
    private void RefusedBothWays(string key, string value, params string[] expected)
    {
        var clock = Stopwatch.StartNew();
        var (code, _, err) = CliRunner.Render(RenderRequest.FromSettings(nameof(CountingScene), new Dictionary<string, string> { [key] = value }) with { Output = Out });
        Assert.True(code == ExitCodes.UsageError, err);
        foreach (var text in expected) Assert.Contains(text, err);
        Assert.Contains($"'{value}'", err);

        string project = Path.Combine(_dir, "animlib.json");
        File.WriteAllText(project, $$"""{ "{{key}}": {{(value.Contains(',', StringComparison.Ordinal) ? $"\"{value}\"" : value)}} }""");
        (code, _, err) = CliRunner.Render(new RenderRequest(nameof(CountingScene), Output: Out), new ConfigLocations(project, null));
        Assert.True(code == ExitCodes.UsageError, err);
        Assert.Contains(project, err);
        Assert.Contains($"\"{key}\"", err);
        foreach (var text in expected) Assert.Contains(text, err);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(20), $"took {clock.Elapsed}");
        Assert.False(File.Exists(Out));
    }

    [Theory]
    [InlineData("1e300")]
    [InlineData("241")]
    [InlineData("0.5")]
    public void FpsOutsideOneTo240IsAUsageError(string fps) => RefusedBothWays("fps", fps, "--fps", "from 1 to 240");

    [Theory]
    [InlineData("100000,100000")]
    [InlineData("7682,4320")]
    [InlineData("8,8")]
    public void ResolutionOutside16To7680IsAUsageError(string resolution) =>
        RefusedBothWays("resolution", resolution, "--resolution", "from 16 to 7680");

    [Fact]
    public void JobsBeyondFourPerProcessorIsAUsageError() =>
        RefusedBothWays("jobs", "10000", "--jobs", $"1 to {4 * Environment.ProcessorCount}");

    [Fact]
    public void JobsAtFourPerProcessorAndAutoAreAccepted()
    {
        foreach (string jobs in new[] { "0", (4 * Environment.ProcessorCount).ToString(System.Globalization.CultureInfo.InvariantCulture) })
        {
            var errors = new List<string>();
            Assert.NotNull(RenderSettings.Resolve(ConfigLocations.None, [SettingLayer.CommandLine.With(CliSettings.Jobs, jobs)], errors));
            Assert.Empty(errors);
        }
    }

    [Fact]
    public void OddSizeFromAnimlibJsonNamesTheFileAndKey()
    {
        string project = Path.Combine(_dir, "animlib.json");
        File.WriteAllText(project, """{ "resolution": "161,90" }""");
        var (code, _, err) = CliRunner.Render(new RenderRequest(nameof(CountingScene), Output: Out), new ConfigLocations(project, null));
        Assert.Equal(ExitCodes.UsageError, code);
        Assert.Contains($"{project}: \"resolution\"", err);
        Assert.Contains("even width and height", err);
    }

    [Theory]
    [InlineData("wait", -1, "Wait(-1)", BadNumberScene.WaitLine)]
    [InlineData("wait", double.NaN, "Wait(NaN)", BadNumberScene.WaitLine)]
    [InlineData("wait", double.PositiveInfinity, "Wait(Infinity)", BadNumberScene.WaitLine)]
    [InlineData("runTime", -1, "runTime: -1", BadNumberScene.PlayLine)]
    [InlineData("runTime", double.NaN, "runTime: NaN", BadNumberScene.PlayLine)]
    public void BadDurationExitsOneNamingTheSceneCallValueAndLine(string mistake, double value, string call, int line)
    {
        BadNumberScene.Mistake = mistake;
        BadNumberScene.Value = value;
        var (code, _, err) = CliRunner.Render(CliRunner.Small(nameof(BadNumberScene), Out));
        Assert.True(code == ExitCodes.RenderFailed, err);
        Assert.Contains(call, err);
        Assert.Contains("scene BadNumberScene", err);
        Assert.Contains($"{nameof(BadNumberScene)}.cs:{line}", err);
        Assert.False(File.Exists(Out));
    }

    [Fact]
    public void NaNCoordinatesExitOneNamingTheMobjectAndTheCall()
    {
        BadNumberScene.Mistake = "nan";
        var (code, _, err) = CliRunner.Render(CliRunner.Small(nameof(BadNumberScene), Out));
        Assert.True(code == ExitCodes.RenderFailed, err);
        Assert.Contains("Square", err);
        Assert.Contains("NaN or infinite", err);
        Assert.Contains("Wait(0.5)", err);
        Assert.False(File.Exists(Out));
    }

    [Theory]
    [InlineData("video")]
    [InlineData("dry-run")]
    [InlineData("last-frame")]
    public void AbsurdButAllowedRenderStopsPromptlyWhenCancelled(string mode)
    {
        BadNumberScene.Mistake = "long";
        var request = CliRunner.Small(nameof(BadNumberScene), mode == "last-frame" ? Path.Combine(_dir, "x.png") : Out) with
        {
            Fps = "240", DryRun = mode == "dry-run", LastFrame = mode == "last-frame",
        };
        using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(1));
        var clock = Stopwatch.StartNew();
        var (code, _, err) = CliRunner.Render(request, cancellation: cts.Token);
        Assert.True(code == ExitCodes.Cancelled, err);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(30), $"took {clock.Elapsed}");
        Assert.Empty(Directory.GetFiles(_dir));
    }
}
