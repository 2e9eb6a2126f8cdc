using AnimLib.Encoding;

namespace AnimLib.Cli;

/// <summary>
/// Everything <c>animlib render</c> was asked to do, as given (text, before validation): the settings of
/// <see cref="CliSettings"/> in <see cref="Flags"/>, and what only one run asks for (output, stills, range, shard).
/// Settings left out come from <c>animlib.json</c> or their defaults.
/// </summary>
/// <param name="Scene">Scene class name (null with <see cref="All"/>).</param>
/// <param name="Quality">Quality preset (<c>--quality</c>).</param>
/// <param name="Fps">Frame-rate override (<c>--fps</c>).</param>
/// <param name="Output">Output file (a folder for <c>--format png</c>).</param>
/// <param name="LastFrame">Write only the last frame as PNG.</param>
/// <param name="MediaDir">Root of default output paths and of the cache.</param>
/// <param name="Assemblies">Scene assemblies (<c>--assembly</c>); when empty, the build of the project in the working folder.</param>
public sealed record RenderRequest(string? Scene, string? Quality = null, string? Fps = null, string? Output = null,
    bool LastFrame = false, string? MediaDir = null, IReadOnlyList<string>? Assemblies = null)
{
    /// <summary>The settings given on the command line. The properties named after settings below read and write this.</summary>
    public SettingLayer Flags { get; init; } = SettingLayer.CommandLine
        .With(CliSettings.Quality, Quality).With(CliSettings.Fps, Fps).With(CliSettings.MediaDir, MediaDir);

    /// <summary>Scene assemblies (never null); those <see cref="SceneAssemblyVariable"/> lists are loaded as well.</summary>
    public IReadOnlyList<string> Assemblies { get; init; } = Assemblies ?? [];

    /// <summary>Render every scene: of <see cref="Assemblies"/> or the project here, else of the variable's assemblies.</summary>
    public bool All { get; init; }

    /// <summary><c>--frame-at</c>: seconds of the one still to write.</summary>
    public string? FrameAt { get; init; }

    /// <summary><c>--from-animation A[,B]</c>.</summary>
    public string? FromAnimation { get; init; }

    /// <summary>Run the scene logic only and report.</summary>
    public bool DryRun { get; init; }

    /// <summary>Empty the scene's partial-movie cache first.</summary>
    public bool FlushCache { get; init; }

    /// <summary><c>--shard I/N</c>: encode only this share of the segments into the cache.</summary>
    public string? Shard { get; init; }

    /// <summary><c>--props FILE</c>: a JSON object of scene parameter values.</summary>
    public string? Props { get; init; }

    /// <summary><c>--prop NAME=VALUE</c>, each as given (they win over <see cref="Props"/>).</summary>
    public IReadOnlyList<string> PropValues { get; init; } = [];

    /// <summary><c>--props-batch FILE</c>: JSON Lines, one video per line's parameter values.</summary>
    public string? PropsBatch { get; init; }

    /// <summary><c>--no-build</c>: use the last build of the project in the working folder even when its sources changed since.</summary>
    public bool NoBuild { get; init; }

    /// <summary><c>-p/--open</c>: open the finished file with the system's viewer.</summary>
    public bool Open { get; init; }

    /// <summary><c>--watch</c>: render again on every save of the project's sources (compiled in process), until Ctrl-C.</summary>
    public bool Watch { get; init; }

    /// <summary>
    /// The layers this request puts over the <c>animlib.json</c> files, lowest first: the output file's extension picks
    /// the format, and the flags win over everything.
    /// </summary>
    public IReadOnlyList<SettingLayer> SettingLayers() =>
        Output is { } path && OutputFormats.TryParse(Path.GetExtension(path).TrimStart('.'), out _)
            ? [new SettingLayer("--output").With(CliSettings.Format, Path.GetExtension(path).TrimStart('.')), Flags]
            : [Flags];

    /// <summary>A request with the settings of <paramref name="settings"/>, keyed as in <c>animlib.json</c>.</summary>
    /// <exception cref="ArgumentException">A key names no setting.</exception>
    public static RenderRequest FromSettings(string? scene, IReadOnlyDictionary<string, string> settings) =>
        new(scene) { Flags = SettingLayer.FromKeys(SettingLayer.CommandLineSource, settings) };

    // Shorthands for the flags, for callers that build requests in code.

    /// <summary>Quality preset (<c>--quality</c>).</summary>
    public string? Quality { get => Flags[CliSettings.Quality]; init => Flags = Flags.With(CliSettings.Quality, value); }

    /// <summary>Frame-rate override (<c>--fps</c>).</summary>
    public string? Fps { get => Flags[CliSettings.Fps]; init => Flags = Flags.With(CliSettings.Fps, value); }

    /// <summary>Root of default output paths and of the cache (<c>--media-dir</c>).</summary>
    public string? MediaDir { get => Flags[CliSettings.MediaDir]; init => Flags = Flags.With(CliSettings.MediaDir, value); }

    /// <summary><c>--format</c>.</summary>
    public string? Format { get => Flags[CliSettings.Format]; init => Flags = Flags.With(CliSettings.Format, value); }

    /// <summary><c>--resolution W,H</c>.</summary>
    public string? Resolution { get => Flags[CliSettings.Resolution]; init => Flags = Flags.With(CliSettings.Resolution, value); }

    /// <summary><c>--transparent</c>.</summary>
    public bool? Transparent { get => Flags.Switch(CliSettings.Transparent); init => Flags = Flags.With(CliSettings.Transparent, value); }

    /// <summary><c>--seed</c>.</summary>
    public string? Seed { get => Flags[CliSettings.Seed]; init => Flags = Flags.With(CliSettings.Seed, value); }

    /// <summary><c>--background-color</c>.</summary>
    public string? BackgroundColor { get => Flags[CliSettings.BackgroundColor]; init => Flags = Flags.With(CliSettings.BackgroundColor, value); }

    /// <summary><c>--crf</c>.</summary>
    public string? Crf { get => Flags[CliSettings.Crf]; init => Flags = Flags.With(CliSettings.Crf, value); }

    /// <summary><c>--preset</c>.</summary>
    public string? Preset { get => Flags[CliSettings.Preset]; init => Flags = Flags.With(CliSettings.Preset, value); }

    /// <summary><c>--progress</c>.</summary>
    public string? Progress { get => Flags[CliSettings.Progress]; init => Flags = Flags.With(CliSettings.Progress, value); }

    /// <summary><c>--verbosity</c>.</summary>
    public string? Verbosity { get => Flags[CliSettings.Verbosity]; init => Flags = Flags.With(CliSettings.Verbosity, value); }

    /// <summary><c>--jobs</c>: rasterizing threads.</summary>
    public string? Jobs { get => Flags[CliSettings.Jobs]; init => Flags = Flags.With(CliSettings.Jobs, value); }

    /// <summary><c>--disable-caching</c>.</summary>
    public bool? DisableCaching { get => Flags.Switch(CliSettings.DisableCaching); init => Flags = Flags.With(CliSettings.DisableCaching, value); }

    /// <summary><c>--max-files-cached</c>.</summary>
    public string? MaxFilesCached { get => Flags[CliSettings.MaxFilesCached]; init => Flags = Flags.With(CliSettings.MaxFilesCached, value); }

    /// <summary><c>--max-cache-size</c> (MiB).</summary>
    public string? MaxCacheSize { get => Flags[CliSettings.MaxCacheSize]; init => Flags = Flags.With(CliSettings.MaxCacheSize, value); }

    /// <summary><c>--save-sections</c>.</summary>
    public bool? SaveSections { get => Flags.Switch(CliSettings.SaveSections); init => Flags = Flags.With(CliSettings.SaveSections, value); }
}
