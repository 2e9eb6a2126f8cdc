using System.Text.RegularExpressions;
using AnimLib.Encoding;
using AnimLib.Pipeline;

namespace AnimLib.Cli.Tests;

/// <summary>
/// Defaults &lt; user animlib.json &lt; project animlib.json &lt; flags, seen the two ways a user meets them: in
/// <c>animlib config show</c> and in the job a render hands the library. No scene runs.
/// </summary>
public sealed class SettingsPrecedenceTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("animlib-precedence-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string UserFile => Path.Combine(_dir, "user.json");

    private string ProjectFile => Path.Combine(_dir, "animlib.json");

    /// <summary>Every layer sets something the layer above it overrides, and something of its own.</summary>
    private ConfigLocations Layers()
    {
        File.WriteAllText(UserFile, """{ "quality": "l", "crf": 30, "preset": "fast", "format": "webm", "transparent": true, "maxCacheSize": 2 }""");
        File.WriteAllText(ProjectFile, """{ "crf": 25, "preset": "slow", "jobs": 2, "mediaDir": "renders" }""");
        return new ConfigLocations(ProjectFile, UserFile);
    }

    private static readonly RenderRequest Flags = new("X") { Preset = "veryfast", Seed = "3" };

    private Dictionary<string, (string Value, string Source)> Show(ConfigLocations config, SettingLayer flags)
    {
        var stdout = new StringWriter();
        Assert.Equal(ExitCodes.Ok, ConfigCommand.Show(flags, stdout, TextWriter.Null, config));
        return stdout.ToString().Split('\n').SkipWhile(l => !l.StartsWith("setting", StringComparison.Ordinal)).Skip(1)
            .Select(l => Regex.Match(l.TrimEnd(), @"^(\S+)\s+(\S+)\s+(.+)$"))
            .Where(m => m.Success)
            .ToDictionary(m => m.Groups[1].Value, m => (m.Groups[2].Value, m.Groups[3].Value));
    }

    private static RenderJob Job(RenderRequest request, ConfigLocations config)
    {
        var errors = new List<string>();
        var settings = RenderSettings.Resolve(config, request.SettingLayers(), errors);
        Assert.True(settings is not null, string.Join("\n", errors));
        var plan = RenderPlan.Create(request, settings, errors);
        Assert.True(plan is not null, string.Join("\n", errors));
        return plan.JobFor(Path.Combine("out", "X.webm"), "cache", default);
    }

    [Fact]
    public void ConfigShowNamesTheLayerThatWonEachSetting()
    {
        var rows = Show(Layers(), Flags.Flags);
        Assert.Equal(("veryfast", SettingLayer.CommandLineSource), rows["preset"]);
        Assert.Equal(("3", SettingLayer.CommandLineSource), rows["seed"]);
        Assert.Equal(("25", ProjectFile), rows["crf"]);
        Assert.Equal(("2", ProjectFile), rows["jobs"]);
        Assert.Equal(("renders", ProjectFile), rows["mediaDir"]);
        Assert.Equal(("480p", UserFile), rows["quality"]);
        Assert.Equal(("webm", UserFile), rows["format"]);
        Assert.Equal(("true", UserFile), rows["transparent"]);
        Assert.Equal(("2", UserFile), rows["maxCacheSize"]);
        Assert.Equal(("100", SettingLayer.DefaultSource), rows["maxFilesCached"]);
        Assert.Equal(("#000000", SettingLayer.DefaultSource), rows["backgroundColor"]);
        // The frame rate and size follow the quality that won, not the default quality.
        Assert.Equal(("15", "quality preset"), rows["fps"]);
        Assert.Equal(("854,480", "quality preset"), rows["resolution"]);
    }

    [Fact]
    public void TheRenderJobCarriesTheSameValues()
    {
        var job = Job(Flags, Layers());
        Assert.Equal((854, 480, 15.0), (job.Settings.PixelWidth, job.Settings.PixelHeight, job.Settings.Fps));
        Assert.Equal(("veryfast", 25, 2), (job.Preset, job.Crf, job.Jobs));
        Assert.Equal(3, job.Settings.RandomSeed);
        Assert.Equal(OutputFormat.Webm, job.Format);
        Assert.True(job.Transparent);
        Assert.Equal(0, job.EffectiveSettings.BackgroundOpacity);
        Assert.Equal("yuva420p", job.Video.PixelFormat);
        Assert.Equal(2L * 1024 * 1024, job.MaxCacheBytes);
        Assert.Equal(100, job.MaxFilesCached);
        Assert.Equal("cache", job.CacheDirectory);
    }

    [Fact]
    public void ConfigShowPrintsWhatTheRenderUses()
    {
        var config = Layers();
        var rows = Show(config, Flags.Flags);
        var errors = new List<string>();
        var settings = RenderSettings.Resolve(config, Flags.SettingLayers(), errors)!;
        foreach (var setting in CliSettings.All)
            Assert.Equal((setting.ValueText(settings), settings.SourceOf(setting)), rows[setting.Key]);
    }

    [Fact]
    public void FlagsOverTheQualityPresetAndFilesOverDefaults()
    {
        var config = Layers();
        var job = Job(Flags with { Fps = "24", Resolution = "320,180", DisableCaching = true, Transparent = false }, config);
        Assert.Equal((320, 180, 24.0), (job.Settings.PixelWidth, job.Settings.PixelHeight, job.Settings.Fps));
        Assert.Null(job.CacheDirectory);
        Assert.False(job.Transparent);
        Assert.Equal(1, job.EffectiveSettings.BackgroundOpacity);

        var rows = Show(config, (Flags with { Fps = "24", Quality = "720p" }).Flags);
        Assert.Equal(("24", SettingLayer.CommandLineSource), rows["fps"]);
        Assert.Equal(("1280,720", "quality preset"), rows["resolution"]);
    }

    [Fact]
    public void WithNoFilesEverySettingIsItsDefault()
    {
        var rows = Show(ConfigLocations.None, SettingLayer.CommandLine);
        Assert.Equal(("1080p", SettingLayer.DefaultSource), rows["quality"]);
        Assert.Equal(("60", "quality preset"), rows["fps"]);
        Assert.Equal(("mp4", SettingLayer.DefaultSource), rows["format"]);
        Assert.Equal(("(unset)", SettingLayer.DefaultSource), rows["seed"]);
        Assert.Equal(18, RenderSettings.Defaults.Crf);
    }

    [Fact]
    public void TheOutputExtensionBeatsTheFilesButNotTheFormatFlag()
    {
        var config = Layers();
        var job = Job(new RenderRequest("X", Output: Path.Combine(_dir, "x.mov")), config);
        Assert.Equal(OutputFormat.Mov, job.Format);

        var errors = new List<string>();
        var request = new RenderRequest("X", Output: Path.Combine(_dir, "x.mov")) { Format = "gif" };
        var settings = RenderSettings.Resolve(config, request.SettingLayers(), errors)!;
        Assert.Null(RenderPlan.Create(request, settings, errors));
        Assert.Contains(errors, e => e.Contains("has the extension of mov but --format is gif", StringComparison.Ordinal));
    }
}
