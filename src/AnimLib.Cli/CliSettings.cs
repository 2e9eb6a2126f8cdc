using System.Globalization;
using AnimLib.Display;
using AnimLib.Encoding;

namespace AnimLib.Cli;

/// <summary>The table of every configurable render setting: keys, flags, defaults and validation.</summary>
public static class CliSettings
{
    /// <summary>x264's preset names, fastest first.</summary>
    public static readonly IReadOnlyList<string> Presets =
        ["ultrafast", "superfast", "veryfast", "faster", "fast", "medium", "slow", "slower", "veryslow", "placebo"];

    /// <summary>Verbosity levels, Manim CE's names, most talkative first.</summary>
    public static readonly IReadOnlyList<string> Verbosities = ["DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL"];

    /// <summary>Progress display modes.</summary>
    public static readonly IReadOnlyList<string> ProgressModes = ["auto", "bar", "none"];

    /// <summary>Every setting, in the order <c>animlib config show</c> lists them.</summary>
    public static readonly IReadOnlyList<CliSetting> All =
    [
        new("quality", "--quality", "-q", "480p|720p|1080p|1440p|2160p, or Manim's letters l|m|h|p|k.", "1080p",
            v => Quality.TryParse(v, out _) ? null : $"unknown quality '{v}'. Use one of: {string.Join(", ", Quality.All.Select(q => $"{q.Name} ({q.Letter})"))}.")
            { HelpName = "QUALITY" },
        new("fps", "--fps", null, $"Frame rate, {Number(RenderLimits.MinFps)} to {Number(RenderLimits.MaxFps)}; overrides the quality preset's.", null,
            v => TryFps(v, out _) ? null : $"--fps must be a number from {Number(RenderLimits.MinFps)} to {Number(RenderLimits.MaxFps)} (frames per second); got '{v}'.")
            { HelpName = "FPS" },
        new("resolution", "--resolution", "-r", $"Frame size W,H in pixels, each {RenderLimits.MinPixels} to {RenderLimits.MaxPixels}; overrides the quality preset's.", null,
            v => TryResolution(v, out _, out _) ? null
                : $"--resolution must be W,H with whole numbers from {RenderLimits.MinPixels} to {RenderLimits.MaxPixels} (e.g. 1280,720); got '{v}'.")
            { HelpName = "W,H" },
        new("format", "--format", null, "mp4|mov|webm|gif|png (png: a folder of numbered frames).", "mp4",
            v => OutputFormats.TryParse(v, out _) ? null : $"unknown format '{v}'. Use one of: {string.Join(", ", OutputFormats.Names)}.")
            { HelpName = "FORMAT" },
        new("transparent", "--transparent", "-t", "Transparent background with an alpha channel (mov: ProRes 4444, webm: yuva420p, png).", "false",
            ValidateBool, IsFlag: true),
        new("mediaDir", "--media-dir", null, "Root folder for rendered files and the partial-movie cache.", "media", v => v.Trim().Length == 0 ? "--media-dir cannot be empty." : null)
            { HelpName = "DIR" },
        new("seed", "--seed", null, "Seed of the scene's Random (overrides the scene's own RandomSeed).", null,
            v => int.TryParse(v, NumberStyles.Integer, CultureInfo.InvariantCulture, out _) ? null : $"--seed must be a whole number; got '{v}'.")
            { HelpName = "N" },
        new("backgroundColor", "--background-color", "-c", "Background colour: #RRGGBB or a palette name (BLUE_E).", "#000000",
            v => TryColor(v, out _) ? null : $"--background-color: '{v}' is not a colour: use #RRGGBB hex or a palette name such as BLUE_E.")
            { HelpName = "COLOR" },
        new("crf", "--crf", null, "Encoder quality, 0 (lossless) to 51 (x264) or 63 (VP9); lower is better and larger.", "18",
            v => int.TryParse(v, NumberStyles.Integer, CultureInfo.InvariantCulture, out int c) && c is >= 0 and <= 63 ? null : $"--crf must be a whole number from 0 to 63; got '{v}'.")
            { HelpName = "N" },
        new("preset", "--preset", null, "x264 speed/size trade-off: " + string.Join("|", Presets) + ".", "medium",
            v => Presets.Contains(v.Trim().ToLowerInvariant()) ? null : $"unknown preset '{v}'. Use one of: {string.Join(", ", Presets)}.")
            { HelpName = "PRESET" },
        new("progress", "--progress", null, "auto (bars on a terminal, log lines otherwise)|bar|none.", "auto",
            v => ProgressModes.Contains(v.Trim().ToLowerInvariant()) ? null : $"unknown progress mode '{v}'. Use one of: {string.Join(", ", ProgressModes)}.")
            { HelpName = "MODE" },
        new("verbosity", "--verbosity", "-v", "DEBUG|INFO|WARNING|ERROR|CRITICAL.", "INFO",
            v => Verbosities.Contains(v.Trim().ToUpperInvariant()) ? null : $"unknown verbosity '{v}'. Use one of: {string.Join(", ", Verbosities)}.")
            { HelpName = "LEVEL" },
        new("jobs", "--jobs", "-j",
            $"Rasterizing threads: 0 for one per processor, 1 to rasterize on the scene thread, at most {RenderLimits.MaxJobsPerProcessor} per processor.", "0",
            v => TryJobs(v, out _) ? null
                : $"--jobs must be 0 (one per processor) or a whole number from 1 to {RenderLimits.MaxJobs} ({RenderLimits.MaxJobsPerProcessor} per processor, {Environment.ProcessorCount} here); got '{v}'.")
            { HelpName = "N" },
        new("disableCaching", "--disable-caching", null, "Encode every animation afresh (the partial-movie cache is neither read nor written).", "false",
            ValidateBool, IsFlag: true),
        new("maxFilesCached", "--max-files-cached", null, "Most segment files kept in a scene's cache (0: no limit); least recently used go first.", "100",
            v => int.TryParse(v, NumberStyles.Integer, CultureInfo.InvariantCulture, out int n) && n >= 0 ? null : $"--max-files-cached must be a whole number, 0 or more; got '{v}'.")
            { HelpName = "N" },
        new("maxCacheSize", "--max-cache-size", null, "Most MiB kept in a scene's cache (0: no limit).", "0",
            v => long.TryParse(v, NumberStyles.Integer, CultureInfo.InvariantCulture, out long n) && n >= 0 ? null : $"--max-cache-size must be a whole number of MiB, 0 or more; got '{v}'.")
            { HelpName = "MIB" },
        new("saveSections", "--save-sections", null, "Also write one video per section (NextSection) and a JSON index, in sections/ beside the video.", "false",
            ValidateBool, IsFlag: true),
    ];

    /// <summary>The setting with JSON key <paramref name="key"/>, or null.</summary>
    public static CliSetting? Find(string key) => All.FirstOrDefault(s => string.Equals(s.Key, key, StringComparison.OrdinalIgnoreCase));

    /// <summary>Parses a frame rate within <see cref="RenderLimits"/> (1 to 240).</summary>
    public static bool TryFps(string text, out double fps) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out fps) && RenderLimits.IsValidFps(fps);

    /// <summary>Parses a thread count: 0 (one per processor) up to <see cref="RenderLimits.MaxJobs"/>.</summary>
    public static bool TryJobs(string text, out int jobs) =>
        int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out jobs) && jobs >= 0 && jobs <= RenderLimits.MaxJobs;

    /// <summary>Parses <c>W,H</c> (also <c>WxH</c>), each within <see cref="RenderLimits"/> (16 to 7680).</summary>
    public static bool TryResolution(string text, out int width, out int height)
    {
        width = height = 0;
        var parts = text.Split([',', 'x', 'X'], StringSplitOptions.TrimEntries);
        return parts.Length == 2
               && int.TryParse(parts[0], NumberStyles.Integer, CultureInfo.InvariantCulture, out width)
               && int.TryParse(parts[1], NumberStyles.Integer, CultureInfo.InvariantCulture, out height)
               && RenderLimits.IsValidPixelSize(width) && RenderLimits.IsValidPixelSize(height);
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

    /// <summary>Parses true/false (also yes/no, 1/0).</summary>
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

    private static string Number(double value) => value.ToString(CultureInfo.InvariantCulture);

    private static string? ValidateBool(string v) => TryBool(v, out _) ? null : $"'{v}' is not true or false.";
}
