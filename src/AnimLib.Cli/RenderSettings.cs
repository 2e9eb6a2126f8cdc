using System.Collections.Immutable;
using AnimLib.Encoding;

namespace AnimLib.Cli;

/// <summary>
/// Every render setting, resolved once: defaults, then the user's <c>animlib.json</c>, then the project's, then the
/// command line, each later layer winning, with where each value came from. <c>animlib render</c> builds its
/// <see cref="Pipeline.RenderJob"/> from this record and <c>animlib config show</c> prints it.
/// </summary>
public sealed record RenderSettings
{
    // Only Defaults starts from here: each setting's default is written once, in its descriptor.
    private RenderSettings()
    {
    }

    /// <summary>Every setting at its default (fixed defaults first: the others are taken from them).</summary>
    public static RenderSettings Defaults { get; } = CliSettings.All.OrderBy(s => s.DerivedSource is not null)
        .Aggregate(new RenderSettings(), (s, setting) => setting.ApplyDefault(s)) with
    {
        Sources = CliSettings.All.ToImmutableDictionary(s => s, s => s.DerivedSource ?? SettingLayer.DefaultSource),
    };

    /// <summary>The quality preset.</summary>
    public Quality Quality { get; init; } = null!;

    /// <summary>Frames per second (the preset's unless set).</summary>
    public double Fps { get; init; }

    /// <summary>Frame size (the preset's unless set).</summary>
    public FrameSize Size { get; init; }

    /// <summary>Container and codec family.</summary>
    public OutputFormat Format { get; init; }

    /// <summary>Render with a transparent background into an alpha channel.</summary>
    public bool Transparent { get; init; }

    /// <summary>Root of the default output paths and of the partial-movie cache.</summary>
    public string MediaDir { get; init; } = "";

    /// <summary>Seed of the scene's Random; null keeps the scene's own.</summary>
    public int? Seed { get; init; }

    /// <summary>Background colour.</summary>
    public Color Background { get; init; }

    /// <summary>Encoder constant rate factor.</summary>
    public int Crf { get; init; }

    /// <summary>Encoder preset (x264's names, lower case).</summary>
    public string Preset { get; init; } = "";

    /// <summary>Progress display: auto, bar or none.</summary>
    public string Progress { get; init; } = "";

    /// <summary>Verbosity: DEBUG, INFO, WARNING, ERROR or CRITICAL.</summary>
    public string Verbosity { get; init; } = "";

    /// <summary>Rasterizing threads (0: one per processor).</summary>
    public int Jobs { get; init; }

    /// <summary>Neither read nor write the partial-movie cache.</summary>
    public bool DisableCaching { get; init; }

    /// <summary>Most segment files a scene's cache keeps (0: no limit).</summary>
    public int MaxFilesCached { get; init; }

    /// <summary>Most MiB a scene's cache keeps (0: no limit).</summary>
    public long MaxCacheMiB { get; init; }

    /// <summary><see cref="MaxCacheMiB"/> in bytes.</summary>
    public long MaxCacheBytes => MaxCacheMiB * 1024 * 1024;

    /// <summary>Also write one video per section and a JSON index.</summary>
    public bool SaveSections { get; init; }

    /// <summary>Where each setting's value came from: <see cref="SettingLayer.Source"/> of the layer that won, or the default's.</summary>
    public ImmutableDictionary<Setting, string> Sources { get; init; } = ImmutableDictionary<Setting, string>.Empty;

    /// <summary>Where <paramref name="setting"/>'s value came from.</summary>
    public string SourceOf(Setting setting) => Sources.GetValueOrDefault(setting, SettingLayer.DefaultSource);

    /// <summary>The scene settings: size, rate, background and seed (transparency is the job's, see <see cref="Pipeline.RenderJob.EffectiveSettings"/>).</summary>
    public SceneSettings SceneSettings => new(Size.Width, Size.Height, Fps) { Background = Background, RandomSeed = Seed };

    /// <summary>
    /// Merges the defaults, the <c>animlib.json</c> files of <paramref name="locations"/> (user, then project) and
    /// <paramref name="given"/> (the command line's layers, in rising precedence). Every value of every layer is checked,
    /// even one a later layer overrides. Returns null and fills <paramref name="errors"/> when a file cannot be read or
    /// any value is invalid.
    /// </summary>
    public static RenderSettings? Resolve(ConfigLocations locations, IEnumerable<SettingLayer> given, List<string> errors)
    {
        ArgumentNullException.ThrowIfNull(locations);
        ArgumentNullException.ThrowIfNull(errors);
        int before = errors.Count;
        var layers = new List<SettingLayer>();
        foreach (var file in new[] { locations.UserFile, locations.ProjectFile })
            if (file is not null && File.Exists(file)) layers.Add(ConfigFile.Read(file, errors));
        layers.AddRange(given);

        var settings = Defaults;
        var sources = Defaults.Sources.ToBuilder();
        foreach (var layer in layers)
        {
            foreach (var setting in CliSettings.All)
            {
                if (layer[setting] is not { } text) continue;
                if (setting.TryApply(settings, text, out var next, out string error))
                {
                    settings = next;
                    sources[setting] = layer.Source;
                }
                else errors.Add(layer.Source == SettingLayer.CommandLineSource ? error : $"{layer.Source}: \"{setting.Key}\": {error}");
            }
        }
        // Defaults taken from other settings (the frame rate and size from the quality) follow the values that won.
        foreach (var setting in CliSettings.All)
            if (sources[setting] == setting.DerivedSource) settings = setting.ApplyDefault(settings);
        return errors.Count > before ? null : settings with { Sources = sources.ToImmutable() };
    }
}
