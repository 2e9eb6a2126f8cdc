namespace AnimLib.Cli;

/// <summary>
/// Everything <c>animlib render</c> was asked to do, as given (text, before validation). Settings left null come from
/// <c>animlib.json</c> or their defaults.
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

    /// <summary><c>--format</c>.</summary>
    public string? Format { get; init; }

    /// <summary><c>--resolution W,H</c>.</summary>
    public string? Resolution { get; init; }

    /// <summary><c>--transparent</c>.</summary>
    public bool? Transparent { get; init; }

    /// <summary><c>--seed</c>.</summary>
    public string? Seed { get; init; }

    /// <summary><c>--background-color</c>.</summary>
    public string? BackgroundColor { get; init; }

    /// <summary><c>--crf</c>.</summary>
    public string? Crf { get; init; }

    /// <summary><c>--preset</c>.</summary>
    public string? Preset { get; init; }

    /// <summary><c>--progress</c>.</summary>
    public string? Progress { get; init; }

    /// <summary><c>--verbosity</c>.</summary>
    public string? Verbosity { get; init; }

    /// <summary><c>--jobs</c>: rasterizing threads.</summary>
    public string? Jobs { get; init; }

    /// <summary><c>--disable-caching</c>.</summary>
    public bool? DisableCaching { get; init; }

    /// <summary><c>--max-files-cached</c>.</summary>
    public string? MaxFilesCached { get; init; }

    /// <summary><c>--max-cache-size</c> (MiB).</summary>
    public string? MaxCacheSize { get; init; }

    /// <summary><c>--save-sections</c>.</summary>
    public bool? SaveSections { get; init; }

    /// <summary>Settings given on the command line, keyed as in <c>animlib.json</c> (what the config layers are merged with).</summary>
    public IReadOnlyDictionary<string, string> CommandLineSettings()
    {
        var d = new Dictionary<string, string>(StringComparer.Ordinal);
        void Put(string key, string? value)
        {
            if (value is not null) d[key] = value;
        }
        void PutFlag(string key, bool? value)
        {
            if (value is { } v) d[key] = v ? "true" : "false";
        }
        Put("quality", Quality);
        Put("fps", Fps);
        Put("resolution", Resolution);
        Put("format", Format);
        PutFlag("transparent", Transparent);
        Put("mediaDir", MediaDir);
        Put("seed", Seed);
        Put("backgroundColor", BackgroundColor);
        Put("crf", Crf);
        Put("preset", Preset);
        Put("progress", Progress);
        Put("verbosity", Verbosity);
        Put("jobs", Jobs);
        PutFlag("disableCaching", DisableCaching);
        Put("maxFilesCached", MaxFilesCached);
        Put("maxCacheSize", MaxCacheSize);
        PutFlag("saveSections", SaveSections);
        return d;
    }

    /// <summary>Builds a request from settings read off the command line (see <see cref="SettingOptions.Read"/>).</summary>
    public static RenderRequest FromSettings(string? scene, IReadOnlyDictionary<string, string> s) => new(scene,
        s.GetValueOrDefault("quality"), s.GetValueOrDefault("fps"), null, false, s.GetValueOrDefault("mediaDir"))
    {
        Format = s.GetValueOrDefault("format"),
        Resolution = s.GetValueOrDefault("resolution"),
        Transparent = s.TryGetValue("transparent", out var t) ? t == "true" : null,
        Seed = s.GetValueOrDefault("seed"),
        BackgroundColor = s.GetValueOrDefault("backgroundColor"),
        Crf = s.GetValueOrDefault("crf"),
        Preset = s.GetValueOrDefault("preset"),
        Progress = s.GetValueOrDefault("progress"),
        Verbosity = s.GetValueOrDefault("verbosity"),
        Jobs = s.GetValueOrDefault("jobs"),
        DisableCaching = s.TryGetValue("disableCaching", out var dc) ? dc == "true" : null,
        MaxFilesCached = s.GetValueOrDefault("maxFilesCached"),
        MaxCacheSize = s.GetValueOrDefault("maxCacheSize"),
        SaveSections = s.TryGetValue("saveSections", out var ss) ? ss == "true" : null,
    };
}
