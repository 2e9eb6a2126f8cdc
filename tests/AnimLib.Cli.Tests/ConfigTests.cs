using AnimLib.Cli.Tests.Scenes;
using AnimLib.Cli.Tests.Support;
using AnimLib.Encoding;

namespace AnimLib.Cli.Tests;

/// <summary>animlib.json layering (user, project, command line) and <c>animlib config show</c>.</summary>
public sealed class ConfigTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("animlib-config-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private ConfigLocations Files(string? user, string? project)
    {
        string u = Path.Combine(_dir, "user.json"), p = Path.Combine(_dir, "animlib.json");
        if (user is not null) File.WriteAllText(u, user);
        if (project is not null) File.WriteAllText(p, project);
        return new ConfigLocations(p, u);
    }

    [Fact]
    public void CommandLineBeatsProjectBeatsUserBeatsDefault()
    {
        var config = Files("""{ "quality": "l", "crf": 30, "preset": "fast", "transparent": true }""", """{ "crf": 25, "preset": "slow" }""");
        var errors = new List<string>();
        var s = RenderSettings.Resolve(config, [SettingLayer.CommandLine.With(CliSettings.Preset, "veryfast")], errors)!;
        Assert.Empty(errors);
        Assert.Equal(("480p", Path.Combine(_dir, "user.json")), (s.Quality.Name, s.SourceOf(CliSettings.Quality)));
        Assert.Equal((25, Path.Combine(_dir, "animlib.json")), (s.Crf, s.SourceOf(CliSettings.Crf)));
        Assert.Equal(("veryfast", SettingLayer.CommandLineSource), (s.Preset, s.SourceOf(CliSettings.Preset)));
        Assert.Equal((OutputFormat.Mp4, SettingLayer.DefaultSource), (s.Format, s.SourceOf(CliSettings.Format)));
        Assert.True(s.Transparent);
    }

    [Fact]
    public void ConfigShowPrintsValuesAndSources()
    {
        var config = Files(null, """{ "fps": 24, "mediaDir": "renders" }""");
        var stdout = new StringWriter();
        Assert.Equal(0, ConfigCommand.Show(SettingLayer.CommandLine.With(CliSettings.Quality, "720p"), stdout, TextWriter.Null, config));
        var lines = stdout.ToString().Split('\n').Select(l => System.Text.RegularExpressions.Regex.Replace(l.TrimEnd(), " +", " ")).ToList();
        Assert.Contains("quality 720p command line", lines);
        Assert.Contains($"fps 24 {Path.Combine(_dir, "animlib.json")}", lines);
        Assert.Contains($"mediaDir renders {Path.Combine(_dir, "animlib.json")}", lines);
        Assert.Contains("format mp4 default", lines);
        Assert.Contains(lines, l => l.StartsWith("user file:", StringComparison.Ordinal) && l.EndsWith("(not present)", StringComparison.Ordinal));
    }

    [Fact]
    public void ProjectFileDrivesARender()
    {
        string media = Path.Combine(_dir, "media");
        var config = Files(null, $$"""{ "resolution": "160,90", "fps": 5, "format": "webm", "mediaDir": {{System.Text.Json.JsonSerializer.Serialize(media)}}, "progress": "none" }""");
        var (code, stdout, err) = CliRunner.Render(new RenderRequest(nameof(CountingScene)), config);
        Assert.True(code == 0, err);
        string path = Path.Combine(media, "videos", nameof(CountingScene), "90p5", nameof(CountingScene) + ".webm");
        var probe = VideoProbe.Of(path);
        Assert.Equal(("vp9", 160, 90, "5/1"), (probe.Codec, probe.Width, probe.Height, probe.FrameRate));
        // progress none: no per-animation lines.
        Assert.DoesNotContain("[0]", stdout);
    }

    [Fact]
    public void BadConfigFilesAreUsageErrorsNamingTheFile()
    {
        var config = Files("""{ "qualty": "l" }""", """{ "format": "avi" }""");
        var (code, _, err) = CliRunner.Render(new RenderRequest(nameof(CountingScene)), config);
        Assert.Equal(ExitCodes.UsageError, code);
        Assert.Contains("user.json: unknown setting 'qualty'", err);
        Assert.Contains("animlib.json: \"format\": unknown format 'avi'. Use one of: mp4, mov, webm, gif, png.", err);

        File.WriteAllText(Path.Combine(_dir, "animlib.json"), "{ not json");
        (code, _, err) = CliRunner.Render(new RenderRequest(nameof(CountingScene)), new ConfigLocations(Path.Combine(_dir, "animlib.json"), null));
        Assert.Equal(ExitCodes.UsageError, code);
        Assert.Contains("is not valid JSON", err);
    }

    [Fact]
    public void SeedAndBackgroundReachTheSceneSettings()
    {
        var errors = new List<string>();
        var request = new RenderRequest("X") { Seed = "7", BackgroundColor = "BLUE_E" };
        var resolved = RenderSettings.Resolve(ConfigLocations.None, request.SettingLayers(), errors)!;
        var job = RenderPlan.Create(request, resolved, errors)!.JobFor("x.mp4", "cache", default);
        Assert.Equal(7, job.Settings.RandomSeed);
        Assert.Equal(Palette.BlueE, job.Settings.Background);
    }

    [Fact]
    public void VerbosityAndProgressShapeTheLog()
    {
        string path = Path.Combine(_dir, "quiet.mp4");
        var (code, stdout, _) = CliRunner.Render(CliRunner.Small(nameof(CountingScene), path) with { Verbosity = "WARNING" });
        Assert.Equal(0, code);
        Assert.Equal("", stdout);
        (code, stdout, _) = CliRunner.Render(CliRunner.Small(nameof(CountingScene), path) with { Verbosity = "DEBUG" });
        Assert.Equal(0, code);
        Assert.Contains("ffmpeg -hide_banner", stdout);
        Assert.Contains("[4] MoveToTarget(Square): 10 frames", stdout);
    }

    [Fact]
    public void ProgressBarModeRendersToo()
    {
        // Bars draw on the process console (not the captured writer); the render itself must not change.
        string path = Path.Combine(_dir, "bar.mp4");
        var (code, _, err) = CliRunner.Render(CliRunner.Small(nameof(CountingScene), path) with { Progress = "bar" });
        Assert.True(code == 0, err);
        Assert.Equal(42, VideoProbe.Of(path).Frames);
    }
}
