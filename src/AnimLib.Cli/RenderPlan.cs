using System.Globalization;
using AnimLib.Encoding;
using AnimLib.Pipeline;

namespace AnimLib.Cli;

/// <summary>A render request with every setting resolved, parsed and checked against the others.</summary>
internal sealed class RenderPlan
{
    public required SceneSettings Settings { get; init; }

    public required OutputFormat Format { get; init; }

    public bool Transparent { get; init; }

    public int Crf { get; init; }

    public string Preset { get; init; } = "medium";

    public required string MediaDir { get; init; }

    public string? Output { get; init; }

    public bool LastFrame { get; init; }

    public double? FrameAt { get; init; }

    public int From { get; init; }

    public int? UpTo { get; init; }

    public bool DryRun { get; init; }

    public bool DisableCaching { get; init; }

    public int Jobs { get; init; }

    public bool FlushCache { get; init; }

    /// <summary>This render's shard, when the segments are split over several processes.</summary>
    public ShardSpec? Shard { get; init; }

    public int MaxFilesCached { get; init; }

    public long MaxCacheBytes { get; init; }

    public bool SaveSections { get; init; }

    /// <summary>Parses and cross-checks; null (with <paramref name="errors"/> filled) when the request cannot be run.</summary>
    public static RenderPlan? Create(RenderRequest request, ResolvedSettings s, List<string> errors)
    {
        Quality.TryParse(s["quality"], out var quality);
        double fps = s["fps"] is { } f ? double.Parse(f, CultureInfo.InvariantCulture) : quality.Fps;
        int width = quality.Width, height = quality.Height;
        if (s["resolution"] is { } r) CliSettings.TryResolution(r, out width, out height);

        OutputFormats.TryParse(s["format"], out var format);
        // An output file's extension picks the format unless --format was given.
        if (request.Output is { } outPath && OutputFormats.TryParse(Path.GetExtension(outPath).TrimStart('.'), out var byExtension)
            && byExtension != format)
        {
            if (s.SourceOf("format") == ResolvedSettings.CommandLine)
                errors.Add($"--output '{outPath}' has the extension of {byExtension.ToString().ToLowerInvariant()} but --format is {format.ToString().ToLowerInvariant()}"
                           + (format == OutputFormat.Png ? " (a folder)." : $", which needs a file name ending in '{format.Extension()}'."));
            format = byExtension;
        }
        bool transparent = s.Flag("transparent");
        if (transparent && !format.SupportsTransparency())
            errors.Add($"--transparent needs a format with an alpha channel: mov, webm or png (the format is {format.ToString().ToLowerInvariant()}).");
        else
        {
            var video = format.VideoSettingsFor(width, height, fps, transparent);
            if (video.HasOddSizeForItsFormat)
                errors.Add($"{WhereResolutionCameFrom(s)}{format.ToString().ToLowerInvariant()} needs an even width and height; {width}x{height} is not (try {width + width % 2},{height + height % 2}).");
        }

        CliSettings.TryColor(s["backgroundColor"]!, out var background);
        var settings = new SceneSettings(width, height, fps)
        {
            Background = background,
            RandomSeed = s.Int("seed"),
        };

        double? frameAt = null;
        if (request.FrameAt is { } fa)
        {
            if (double.TryParse(fa, NumberStyles.Float, CultureInfo.InvariantCulture, out double t) && t >= 0 && double.IsFinite(t)) frameAt = t;
            else errors.Add($"--frame-at must be a time in seconds, 0 or more; got '{fa}'.");
        }
        int from = 0;
        int? upTo = null;
        if (request.FromAnimation is { } range && !TryRange(range, out from, out upTo))
            errors.Add($"--from-animation must be A or A,B with whole numbers 0 <= A <= B (animation indices, as the progress lines show); got '{range}'.");

        if (request.LastFrame && frameAt is not null) errors.Add("--last-frame and --frame-at both ask for a still; give one of them.");
        if (request.All && request.Scene is not null) errors.Add($"give a scene name or --all, not both (got '{request.Scene}' and --all).");
        if (!request.All && string.IsNullOrWhiteSpace(request.Scene)) errors.Add("name the scene to render (see `animlib list`), or pass --all.");
        if (request.All && request.Output is not null) errors.Add("--output names one file; with --all every scene goes to its default path under --media-dir.");

        ShardSpec? shard = null;
        if (request.Shard is { } shardText)
        {
            if (ShardSpec.TryParse(shardText, out var parsed, out var shardError)) shard = parsed;
            else errors.Add(shardError!);
            if (request.All) errors.Add("--shard splits one scene; give a scene name instead of --all.");
            if (request.LastFrame || frameAt is not null || request.DryRun) errors.Add("--shard renders video segments; it cannot be combined with --last-frame, --frame-at or --dry-run.");
            if (format == OutputFormat.Png) errors.Add("--shard needs a video format (segments are cached videos); --format png has no segments.");
            if (s.Flag("disableCaching")) errors.Add("--shard writes into the partial-movie cache; remove --disable-caching.");
        }

        if (errors.Count > 0) return null;
        return new RenderPlan
        {
            Settings = settings,
            Format = format,
            Transparent = transparent,
            Crf = s.Int("crf") ?? 18,
            Preset = s["preset"]!.ToLowerInvariant(),
            MediaDir = s["mediaDir"]!,
            Output = request.Output,
            LastFrame = request.LastFrame,
            FrameAt = frameAt,
            From = from,
            UpTo = upTo,
            DryRun = request.DryRun,
            DisableCaching = s.Flag("disableCaching"),
            Jobs = s.Int("jobs") ?? 0,
            FlushCache = request.FlushCache,
            Shard = shard,
            MaxFilesCached = s.Int("maxFilesCached") ?? 100,
            MaxCacheBytes = long.Parse(s["maxCacheSize"]!, CultureInfo.InvariantCulture) * 1024 * 1024,
            SaveSections = s.Flag("saveSections"),
        };
    }

    /// <summary>Names the flag or the file and key that set the resolution, as the other setting errors do ("" for a preset's).</summary>
    private static string WhereResolutionCameFrom(ResolvedSettings s) => s["resolution"] is null ? ""
        : s.SourceOf("resolution") == ResolvedSettings.CommandLine ? $"--resolution {s["resolution"]}: "
        : $"{s.SourceOf("resolution")}: \"resolution\": ";

    private static bool TryRange(string text, out int from, out int? upTo)
    {
        from = 0;
        upTo = null;
        var parts = text.Split(',', StringSplitOptions.TrimEntries);
        if (parts.Length is < 1 or > 2 || !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out from)) return false;
        if (parts.Length == 1) return true;
        if (!int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out int b) || b < from) return false;
        upTo = b;
        return true;
    }
}
