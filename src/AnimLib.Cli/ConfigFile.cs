using System.Text.Json;

namespace AnimLib.Cli;

/// <summary>Reads an <c>animlib.json</c> file into a <see cref="SettingLayer"/> named by its path.</summary>
public static class ConfigFile
{
    /// <summary>
    /// The file's settings. Unreadable files, invalid JSON, unknown keys and values that are not a string, number or
    /// true/false add a message naming the file to <paramref name="errors"/>; the values are checked when resolved.
    /// </summary>
    public static SettingLayer Read(string path, List<string> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        var layer = new SettingLayer(path);
        try
        {
            using var doc = JsonDocument.Parse(File.ReadAllText(path), new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
            if (doc.RootElement.ValueKind != JsonValueKind.Object)
            {
                errors.Add($"{path}: the settings must be a JSON object, e.g. {{ \"quality\": \"720p\" }}.");
                return layer;
            }
            foreach (var p in doc.RootElement.EnumerateObject())
            {
                if (CliSettings.Find(p.Name) is not { } setting)
                {
                    errors.Add($"{path}: unknown setting '{p.Name}'. Known settings: {string.Join(", ", CliSettings.All.Select(s => s.Key))}.");
                    continue;
                }
                switch (p.Value.ValueKind)
                {
                    case JsonValueKind.String:
                        layer = layer.With(setting, p.Value.GetString());
                        break;
                    case JsonValueKind.Number:
                        layer = layer.With(setting, p.Value.GetRawText());
                        break;
                    case JsonValueKind.True or JsonValueKind.False:
                        layer = layer.With(setting, p.Value.ValueKind == JsonValueKind.True ? "true" : "false");
                        break;
                    case JsonValueKind.Null:
                        // null leaves the setting to the layers below, as if the key were absent.
                        break;
                    default:
                        errors.Add($"{path}: \"{p.Name}\" must be a string, number or true/false.");
                        break;
                }
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
        return layer;
    }
}
