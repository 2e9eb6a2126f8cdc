using System.Globalization;
using System.Text.Json;

namespace AnimLib.Cli;

/// <summary>
/// The merged render settings and where each came from: the command line wins over the project's <c>animlib.json</c>,
/// which wins over the user's, which wins over the defaults.
/// </summary>
public sealed class ResolvedSettings
{
    /// <summary>Source name of a value given on the command line.</summary>
    public const string CommandLine = "command line";

    /// <summary>Source name of a built-in default.</summary>
    public const string DefaultSource = "default";

    private readonly Dictionary<string, (string? Value, string Source)> _values = new(StringComparer.Ordinal);

    private ResolvedSettings()
    {
    }

    /// <summary>Every setting's value (null when unset) and source, in <see cref="CliSettings.All"/> order.</summary>
    public IEnumerable<(CliSetting Setting, string? Value, string Source)> Entries =>
        CliSettings.All.Select(s => (s, _values[s.Key].Value, _values[s.Key].Source));

    /// <summary>The value of <paramref name="key"/>, or null when nobody set it and it has no default.</summary>
    public string? this[string key] => _values[key].Value;

    /// <summary>Where the value of <paramref name="key"/> came from.</summary>
    public string SourceOf(string key) => _values[key].Source;

    /// <summary>A switch's value.</summary>
    public bool Flag(string key) => this[key] is { } v && CliSettings.TryBool(v, out bool b) && b;

    /// <summary>A whole-number value.</summary>
    public int? Int(string key) => this[key] is { } v ? int.Parse(v, NumberStyles.Integer, CultureInfo.InvariantCulture) : null;

    /// <summary>
    /// Merges the layers. <paramref name="commandLine"/> maps setting keys to the raw text given on the command line.
    /// Returns null and fills <paramref name="errors"/> when a file cannot be read or any value is invalid.
    /// </summary>
    public static ResolvedSettings? Resolve(ConfigLocations locations, IReadOnlyDictionary<string, string> commandLine, List<string> errors)
    {
        var result = new ResolvedSettings();
        foreach (var s in CliSettings.All) result._values[s.Key] = (s.Default, DefaultSource);
        foreach (var file in new[] { locations.UserFile, locations.ProjectFile })
        {
            if (file is null || !File.Exists(file)) continue;
            foreach (var (key, value) in ReadFile(file, errors)) result.Set(key, value, file, errors);
        }
        foreach (var (key, value) in commandLine) result.Set(key, value, CommandLine, errors);
        return errors.Count == 0 ? result : null;
    }

    private void Set(string key, string value, string source, List<string> errors)
    {
        var setting = CliSettings.Find(key);
        if (setting is null)
        {
            errors.Add($"{source}: unknown setting '{key}'. Known settings: {string.Join(", ", CliSettings.All.Select(s => s.Key))}.");
            return;
        }
        if (setting.Validate(value) is { } error)
        {
            errors.Add(source == CommandLine ? error : $"{source}: \"{setting.Key}\": {error}");
            return;
        }
        _values[setting.Key] = (value.Trim(), source);
    }

    private static List<(string Key, string Value)> ReadFile(string path, List<string> errors)
    {
        var result = new List<(string, string)>();
        try
        {
            using var doc = JsonDocument.Parse(File.ReadAllText(path), new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
            if (doc.RootElement.ValueKind != JsonValueKind.Object)
            {
                errors.Add($"{path}: the settings must be a JSON object, e.g. {{ \"quality\": \"720p\" }}.");
                return result;
            }
            foreach (var p in doc.RootElement.EnumerateObject())
            {
                string? text = p.Value.ValueKind switch
                {
                    JsonValueKind.String => p.Value.GetString(),
                    JsonValueKind.Number => p.Value.GetRawText(),
                    JsonValueKind.True => "true",
                    JsonValueKind.False => "false",
                    JsonValueKind.Null => null,
                    _ => "\u0000",
                };
                if (text == "\u0000") errors.Add($"{path}: \"{p.Name}\" must be a string, number or true/false.");
                else if (text is not null) result.Add((p.Name, text));
            }
        }
        catch (JsonException e)
        {
            errors.Add($"{path} is not valid JSON: {e.Message}");
        }
        catch (IOException e)
        {
            errors.Add($"{path} could not be read: {e.Message}");
        }
        return result;
    }
}
