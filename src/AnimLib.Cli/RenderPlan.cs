using System.Globalization;
using AnimLib.Encoding;
using AnimLib.Pipeline;

namespace AnimLib.Cli;

/// <summary>
/// A render request checked and ready: the resolved <see cref="RenderSettings"/> and what only this run asks for
/// (output, still, range, shard). <see cref="JobFor"/> is where the settings become the library's <see cref="RenderJob"/>.
/// </summary>
internal sealed record RenderPlan
{
    public required RenderSettings Settings { get; init; }

    public string? Output { get; init; }

    public bool LastFrame { get; init; }

    public double? FrameAt { get; init; }

    /// <summary>True when one PNG is written instead of a video (<c>--last-frame</c> or <c>--frame-at</c>).</summary>
    public bool Still => LastFrame || FrameAt is not null;

    public int From { get; init; }

    public int? UpTo { get; init; }

    public bool DryRun { get; init; }

    public bool FlushCache { get; init; }

    /// <summary>This render's shard, when the segments are split over several processes.</summary>
    public ShardSpec? Shard { get; init; }

    /// <summary>Open the finished file with the system's viewer (<c>-p/--open</c>).</summary>
    public bool Open { get; init; }

    /// <summary>Parses what is particular to this run and cross-checks it with the settings; null (with <paramref name="errors"/> filled) when the request cannot be run.</summary>
    public static RenderPlan? Create(RenderRequest request, RenderSettings s, List<string> errors)
    {
        // The output's extension already chose the format unless --format was given; then the two must agree.
        if (request.Output is { } outPath && OutputFormats.TryParse(Path.GetExtension(outPath).TrimStart('.'), out var byExtension)
            && byExtension != s.Format)
            errors.Add($"--output '{outPath}' has the extension of {byExtension.ToString().ToLowerInvariant()} but --format is {s.Format.ToString().ToLowerInvariant()}"
                       + (s.Format == OutputFormat.Png ? " (a folder)." : $", which needs a file name ending in '{s.Format.Extension()}'."));
        if (s.Format.FindProblem(s.Size.Width, s.Size.Height, s.Transparent) is { } problem)
            errors.Add(FlagHints.For(problem, s));

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

        PropsInput.Check(request, errors);

        ShardSpec? shard = null;
        if (request.Shard is { } shardText)
        {
            if (ShardSpec.TryParse(shardText, out var parsed, out var shardError)) shard = parsed;
            else errors.Add(FlagHints.ForShard(shardError!));
            if (request.All) errors.Add("--shard splits one scene; give a scene name instead of --all.");
            if (request.LastFrame || frameAt is not null || request.DryRun) errors.Add("--shard renders video segments; it cannot be combined with --last-frame, --frame-at or --dry-run.");
            if (s.Format == OutputFormat.Png) errors.Add("--shard needs a video format (segments are cached videos); --format png has no segments.");
            if (s.DisableCaching) errors.Add("--shard writes into the partial-movie cache; remove --disable-caching.");
        }

        if (request.Watch && request.All) errors.Add("--watch follows one scene; give a scene name instead of --all.");
        if (request.Watch && request.Shard is not null) errors.Add("--watch renders whole scenes; it cannot be combined with --shard.");
        if (request.Open && request.DryRun) errors.Add("--open opens the file written; --dry-run writes none.");

        if (errors.Count > 0) return null;
        return new RenderPlan
        {
            Settings = s,
            Output = request.Output,
            LastFrame = request.LastFrame,
            FrameAt = frameAt,
            From = from,
            UpTo = upTo,
            DryRun = request.DryRun,
            FlushCache = request.FlushCache,
            Shard = shard,
            Open = request.Open,
        };
    }

    /// <summary>
    /// The library's job for one scene: the one place the resolved settings become a <see cref="RenderJob"/>. Stills and
    /// dry runs take its <see cref="RenderJob.EffectiveSettings"/>, so they show what the video would.
    /// </summary>
    /// <param name="outputPath">The video, the PNG folder or the still.</param>
    /// <param name="cacheDirectory">The scene's partial-movie cache (not used when caching is disabled).</param>
    /// <param name="cancellation">Stops the render.</param>
    /// <param name="stillWhenEmpty">Where a scene that plays nothing writes its last frame instead of a video (see <see cref="OutputNames.StillOfEmptyScene"/>); null: it is an error.</param>
    public RenderJob JobFor(string outputPath, string cacheDirectory, CancellationToken cancellation, string? stillWhenEmpty = null) => new(Settings.SceneSettings, outputPath)
    {
        Format = Settings.Format,
        Transparent = Settings.Transparent,
        Crf = Settings.Crf,
        Preset = Settings.Preset,
        CacheDirectory = Settings.DisableCaching ? null : cacheDirectory,
        FlushCache = FlushCache,
        MaxFilesCached = Settings.MaxFilesCached,
        MaxCacheBytes = Settings.MaxCacheBytes,
        FromAnimation = From,
        UpToAnimation = UpTo,
        SaveSections = Settings.SaveSections,
        Shard = Shard,
        Jobs = Settings.Jobs,
        Still = FrameAt is { } seconds ? StillFrame.AtTime(seconds) : LastFrame ? StillFrame.Last : null,
        DryRun = DryRun,
        StillWhenEmpty = stillWhenEmpty,
        Cancellation = cancellation,
    };

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
