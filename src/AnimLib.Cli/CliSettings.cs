using System.Globalization;
using AnimLib.Display;
using AnimLib.Encoding;
using QualityPreset = AnimLib.Cli.Quality;

namespace AnimLib.Cli;

/// <summary>
/// The table of every configurable render setting: each one's key, flag, help, default, parser and the property of
/// <see cref="RenderSettings"/> it fills. Nothing else names a setting by its key.
/// </summary>
public static class CliSettings
{
    /// <summary>x264's preset names, fastest first.</summary>
    public static readonly IReadOnlyList<string> Presets =
        ["ultrafast", "superfast", "veryfast", "faster", "fast", "medium", "slow", "slower", "veryslow", "placebo"];

    /// <summary>Verbosity levels, Manim CE's names, most talkative first.</summary>
    public static readonly IReadOnlyList<string> Verbosities = ["DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL"];

    /// <summary>Progress display modes.</summary>
    public static readonly IReadOnlyList<string> ProgressModes = ["auto", "bar", "none"];

    /// <summary>Where the frame rate and size come from when neither is set.</summary>
    private const string FromQuality = "quality preset";

    /// <summary><c>--quality</c>: the preset that gives the frame rate and size unless those are set.</summary>
    public static readonly Setting<QualityPreset> Quality = new("quality", "--quality", "-q",
        "480p|720p|1080p|1440p|2160p, or Manim's letters l|m|h|p|k.",
        QualityPreset.TryParse, v => $"unknown quality '{v}'. Use one of: {string.Join(", ", QualityPreset.All.Select(q => $"{q.Name} ({q.Letter})"))}.",
        s => s.Quality, (s, v) => s with { Quality = v })
    {
        Default = QualityPreset.All.Single(q => q.Name == "1080p"), Show = q => q.Name, HelpName = "QUALITY",
    };

    /// <summary><c>--fps</c>.</summary>
    public static readonly Setting<double> Fps = new("fps", "--fps", null,
        $"Frame rate, {Number(RenderLimits.MinFps)} to {Number(RenderLimits.MaxFps)}; overrides the quality preset's.",
        TryFps, v => $"--fps must be a number from {Number(RenderLimits.MinFps)} to {Number(RenderLimits.MaxFps)} (frames per second); got '{v}'.",
        s => s.Fps, (s, v) => s with { Fps = v })
    {
        DefaultFrom = s => s.Quality.Fps, DefaultFromName = FromQuality, HelpName = "FPS",
    };

    /// <summary><c>--resolution</c>.</summary>
    public static readonly Setting<FrameSize> Resolution = new("resolution", "--resolution", "-r",
        $"Frame size W,H in pixels, each {RenderLimits.MinPixels} to {RenderLimits.MaxPixels}; overrides the quality preset's.",
        TryResolution, v => $"--resolution must be W,H with whole numbers from {RenderLimits.MinPixels} to {RenderLimits.MaxPixels} (e.g. 1280,720); got '{v}'.",
        s => s.Size, (s, v) => s with { Size = v })
    {
        DefaultFrom = s => s.Quality.Size, DefaultFromName = FromQuality, HelpName = "W,H",
    };

    /// <summary><c>--format</c>.</summary>
    public static readonly Setting<OutputFormat> Format = new("format", "--format", null,
        "mp4|mov|webm|gif|png (png: a folder of numbered frames).",
        OutputFormats.TryParse, v => $"unknown format '{v}'. Use one of: {string.Join(", ", OutputFormats.Names)}.",
        s => s.Format, (s, v) => s with { Format = v })
    {
        Default = OutputFormat.Mp4, Show = f => f.ToString().ToLowerInvariant(), HelpName = "FORMAT",
    };

    /// <summary><c>--transparent</c>.</summary>
    public static readonly Setting<bool> Transparent = new("transparent", "--transparent", "-t",
        "Transparent background with an alpha channel (mov: ProRes 4444, webm: yuva420p, png).",
        TryBool, NotABool, s => s.Transparent, (s, v) => s with { Transparent = v });

    /// <summary><c>--media-dir</c>.</summary>
    public static readonly Setting<string> MediaDir = new("mediaDir", "--media-dir", null,
        "Root folder for rendered files and the partial-movie cache.",
        TryNonEmpty, _ => "--media-dir cannot be empty.", s => s.MediaDir, (s, v) => s with { MediaDir = v })
    {
        Default = "media", HelpName = "DIR",
    };

    /// <summary><c>--seed</c>.</summary>
    public static readonly Setting<int?> Seed = new("seed", "--seed", null,
        "Seed of the scene's Random (overrides the scene's own RandomSeed).",
        TrySeed, v => $"--seed must be a whole number; got '{v}'.", s => s.Seed, (s, v) => s with { Seed = v })
    {
        HelpName = "N",
    };

    /// <summary><c>--background-color</c>.</summary>
    public static readonly Setting<Color> BackgroundColor = new("backgroundColor", "--background-color", "-c",
        "Background colour: #RRGGBB or a palette name (BLUE_E).",
        TryColor, v => $"--background-color: '{v}' is not a colour: use #RRGGBB hex or a palette name such as BLUE_E.",
        s => s.Background, (s, v) => s with { Background = v })
    {
        Default = Palette.Black, HelpName = "COLOR",
    };

    /// <summary><c>--crf</c>.</summary>
    public static readonly Setting<int> Crf = new("crf", "--crf", null,
        "Encoder quality, 0 (lossless) to 51 (x264) or 63 (VP9); lower is better and larger.",
        (string t, out int v) => TryWhole(t, 0, 63, out v), v => $"--crf must be a whole number from 0 to 63; got '{v}'.",
        s => s.Crf, (s, v) => s with { Crf = v })
    {
        Default = 18, HelpName = "N",
    };

    /// <summary><c>--preset</c>.</summary>
    public static readonly Setting<string> Preset = new("preset", "--preset", null,
        "x264 speed/size trade-off: " + string.Join("|", Presets) + ".",
        (string t, out string v) => TryOneOf(t.ToLowerInvariant(), Presets, out v), v => $"unknown preset '{v}'. Use one of: {string.Join(", ", Presets)}.",
        s => s.Preset, (s, v) => s with { Preset = v })
    {
        Default = "medium", HelpName = "PRESET",
    };

    /// <summary><c>--progress</c>.</summary>
    public static readonly Setting<string> Progress = new("progress", "--progress", null,
        "auto (bars on a terminal, log lines otherwise)|bar|none.",
        (string t, out string v) => TryOneOf(t.ToLowerInvariant(), ProgressModes, out v), v => $"unknown progress mode '{v}'. Use one of: {string.Join(", ", ProgressModes)}.",
        s => s.Progress, (s, v) => s with { Progress = v })
    {
        Default = "auto", HelpName = "MODE",
    };

    /// <summary><c>--verbosity</c>.</summary>
    public static readonly Setting<string> Verbosity = new("verbosity", "--verbosity", "-v",
        "DEBUG|INFO|WARNING|ERROR|CRITICAL.",
        (string t, out string v) => TryOneOf(t.ToUpperInvariant(), Verbosities, out v), v => $"unknown verbosity '{v}'. Use one of: {string.Join(", ", Verbosities)}.",
        s => s.Verbosity, (s, v) => s with { Verbosity = v })
    {
        Default = "INFO", HelpName = "LEVEL",
    };

    /// <summary><c>--jobs</c>.</summary>
    public static readonly Setting<int> Jobs = new("jobs", "--jobs", "-j",
        $"Rasterizing threads: 0 for one per processor, 1 to rasterize on the scene thread, at most {RenderLimits.MaxJobsPerProcessor} per processor.",
        TryJobs, v => $"--jobs must be 0 (one per processor) or a whole number from 1 to {RenderLimits.MaxJobs} ({RenderLimits.MaxJobsPerProcessor} per processor, {Environment.ProcessorCount} here); got '{v}'.",
        s => s.Jobs, (s, v) => s with { Jobs = v })
    {
        Default = 0, HelpName = "N",
    };

    /// <summary><c>--disable-caching</c>.</summary>
    public static readonly Setting<bool> DisableCaching = new("disableCaching", "--disable-caching", null,
        "Encode every animation afresh (the partial-movie cache is neither read nor written).",
        TryBool, NotABool, s => s.DisableCaching, (s, v) => s with { DisableCaching = v });

    /// <summary><c>--max-files-cached</c>.</summary>
    public static readonly Setting<int> MaxFilesCached = new("maxFilesCached", "--max-files-cached", null,
        "Most segment files kept in a scene's cache (0: no limit); least recently used go first.",
        (string t, out int v) => TryWhole(t, 0, int.MaxValue, out v), v => $"--max-files-cached must be a whole number, 0 or more; got '{v}'.",
        s => s.MaxFilesCached, (s, v) => s with { MaxFilesCached = v })
    {
        Default = 100, HelpName = "N",
    };

    /// <summary><c>--max-cache-size</c>, in MiB.</summary>
    public static readonly Setting<long> MaxCacheSize = new("maxCacheSize", "--max-cache-size", null,
        "Most MiB kept in a scene's cache (0: no limit).",
        TryMebibytes, v => $"--max-cache-size must be a whole number of MiB, 0 or more; got '{v}'.",
        s => s.MaxCacheMiB, (s, v) => s with { MaxCacheMiB = v })
    {
        Default = 0, HelpName = "MIB",
    };

    /// <summary><c>--save-sections</c>.</summary>
    public static readonly Setting<bool> SaveSections = new("saveSections", "--save-sections", null,
        "Also write one video per section (NextSection) and a JSON index, in sections/ beside the video.",
        TryBool, NotABool, s => s.SaveSections, (s, v) => s with { SaveSections = v });

    /// <summary>Every setting, in the order <c>animlib config show</c> lists them.</summary>
    public static readonly IReadOnlyList<Setting> All =
    [
        Quality, Fps, Resolution, Format, Transparent, MediaDir, Seed, BackgroundColor, Crf, Preset, Progress, Verbosity, Jobs,
        DisableCaching, MaxFilesCached, MaxCacheSize, SaveSections,
    ];

    /// <summary>The setting with <c>animlib.json</c> key <paramref name="key"/> (case-insensitive), or null.</summary>
    public static Setting? Find(string key) => All.FirstOrDefault(s => string.Equals(s.Key, key, StringComparison.OrdinalIgnoreCase));

    /// <summary>Parses a frame rate within <see cref="RenderLimits"/> (1 to 240).</summary>
    public static bool TryFps(string text, out double fps) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out fps) && RenderLimits.IsValidFps(fps);

    /// <summary>Parses a thread count: 0 (one per processor) up to <see cref="RenderLimits.MaxJobs"/>.</summary>
    public static bool TryJobs(string text, out int jobs) => TryWhole(text, 0, RenderLimits.MaxJobs, out jobs);

    /// <summary>Parses <c>W,H</c> (also <c>WxH</c>), each within <see cref="RenderLimits"/> (16 to 7680).</summary>
    public static bool TryResolution(string text, out FrameSize size)
    {
        size = default;
        var parts = text.Split([',', 'x', 'X'], StringSplitOptions.TrimEntries);
        if (parts.Length != 2
            || !int.TryParse(parts[0], NumberStyles.Integer, CultureInfo.InvariantCulture, out int width)
            || !int.TryParse(parts[1], NumberStyles.Integer, CultureInfo.InvariantCulture, out int height)
            || !RenderLimits.IsValidPixelSize(width) || !RenderLimits.IsValidPixelSize(height)) return false;
        size = new FrameSize(width, height);
        return true;
    }

    /// <summary>Parses a colour as <see cref="Color.Parse"/> does.</summary>
    public static bool TryColor(string text, out Color color)
    {
        try
        {
            color = Color.Parse(text);
            return true;
        }
        catch (FormatException)
        {
            color = default;
            return false;
        }
    }

    /// <summary>Parses true/false (also yes/no, 1/0, on/off).</summary>
    public static bool TryBool(string text, out bool value)
    {
        switch (text.Trim().ToLowerInvariant())
        {
            case "true" or "yes" or "1" or "on":
                value = true;
                return true;
            case "false" or "no" or "0" or "off":
                value = false;
                return true;
            default:
                value = false;
                return false;
        }
    }

    private static bool TryWhole(string text, int min, int max, out int value) =>
        int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out value) && value >= min && value <= max;

    private static bool TryMebibytes(string text, out long mebibytes) =>
        long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out mebibytes) && mebibytes is >= 0 and <= long.MaxValue / (1024 * 1024);

    private static bool TrySeed(string text, out int? seed)
    {
        seed = int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out int n) ? n : null;
        return seed is not null;
    }

    private static bool TryNonEmpty(string text, out string value)
    {
        value = text;
        return text.Length > 0;
    }

    private static bool TryOneOf(string text, IReadOnlyList<string> choices, out string value)
    {
        value = text;
        return choices.Contains(text);
    }

    private static string Number(double value) => value.ToString(CultureInfo.InvariantCulture);

    private static string NotABool(string text) => $"'{text}' is not true or false.";
}
