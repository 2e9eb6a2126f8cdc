using System.Collections.Immutable;

namespace AnimLib.Cli;

/// <summary>
/// The settings one source gives, as text: the command line, an <c>animlib.json</c> file, the output file's extension.
/// <see cref="RenderSettings.Resolve"/> parses and merges the layers.
/// </summary>
/// <param name="Source">Where the values come from, as <c>animlib config show</c> and error messages name it.</param>
public sealed record SettingLayer(string Source)
{
    /// <summary>Source name of values given on the command line.</summary>
    public const string CommandLineSource = "command line";

    /// <summary>Source name of built-in defaults.</summary>
    public const string DefaultSource = "default";

    /// <summary>An empty command-line layer.</summary>
    public static SettingLayer CommandLine { get; } = new(CommandLineSource);

    /// <summary>The values, as given (not yet parsed).</summary>
    public ImmutableDictionary<Setting, string> Values { get; init; } = ImmutableDictionary<Setting, string>.Empty;

    /// <summary>The text given for <paramref name="setting"/>, or null.</summary>
    public string? this[Setting setting] => Values.GetValueOrDefault(setting);

    /// <summary>A switch's value, or null when not given.</summary>
    public bool? Switch(Setting<bool> setting) => this[setting] is { } text ? CliSettings.TryBool(text, out bool on) && on : null;

    /// <summary>A copy with <paramref name="setting"/> given as <paramref name="text"/> (null: not given).</summary>
    public SettingLayer With(Setting setting, string? text) =>
        this with { Values = text is null ? Values.Remove(setting) : Values.SetItem(setting, text) };

    /// <summary>A copy with the switch <paramref name="setting"/> on, off, or (null) not given.</summary>
    public SettingLayer With(Setting<bool> setting, bool? on) => With(setting, on is { } b ? (b ? "true" : "false") : null);

    /// <summary>A layer from values keyed as in <c>animlib.json</c>.</summary>
    /// <exception cref="ArgumentException">A key names no setting.</exception>
    public static SettingLayer FromKeys(string source, IReadOnlyDictionary<string, string> byKey)
    {
        ArgumentNullException.ThrowIfNull(byKey);
        var layer = new SettingLayer(source);
        foreach (var (key, text) in byKey)
            layer = layer.With(CliSettings.Find(key) ?? throw new ArgumentException($"unknown setting '{key}'.", nameof(byKey)), text);
        return layer;
    }
}
