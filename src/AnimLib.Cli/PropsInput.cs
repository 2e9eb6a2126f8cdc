using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace AnimLib.Cli;

/// <summary>
/// Reads <c>--props FILE</c>, <c>--prop NAME=VALUE</c> and <c>--props-batch FILE</c> into the rows a render runs, checking
/// every value against the scene's parameters before anything is rendered.
/// </summary>
internal static partial class PropsInput
{
    /// <summary>The built-in placeholder of a batch's output name: the row's number, from 1.</summary>
    public const string RowPlaceholder = "row";

    /// <summary>Whether the request sets any scene parameter.</summary>
    public static bool Given(RenderRequest request) => request.Props is not null || request.PropValues.Count > 0 || request.PropsBatch is not null;

    /// <summary>Checks what needs no scene: props with <c>--all</c>, a batch without an output name to fill in.</summary>
    public static void Check(RenderRequest request, List<string> errors)
    {
        if (!Given(request)) return;
        if (request.All) errors.Add("--props, --prop and --props-batch set the parameters of one scene; give its name instead of --all.");
        if (request.PropsBatch is not null && (request.Output is null || Placeholders(request.Output).Count == 0))
            errors.Add($"--props-batch writes one file per row, so --output must name each: put row fields in braces, e.g. -o \"out/{{name}}.mp4\" (or {{{RowPlaceholder}}} for the row number).");
        foreach (var text in request.PropValues)
            if (text.IndexOf('=') <= 0) errors.Add($"--prop must be NAME=VALUE (e.g. --prop Title=\"Q3 results\"); got '{text}'.");
    }

    /// <summary>
    /// The rows to render <paramref name="sceneType"/> with: one for <c>--props</c>/<c>--prop</c>, one per line of
    /// <c>--props-batch</c>. Null, with <paramref name="errors"/> filled, when a file cannot be read, a value does not
    /// fit its parameter or an output name cannot be filled in.
    /// </summary>
    /// <exception cref="InvalidOperationException">The scene marks a property it cannot take values for (see <see cref="SceneParameters.For"/>).</exception>
    public static IReadOnlyList<PropsRow>? Read(RenderRequest request, Type sceneType, List<string> errors)
    {
        int before = errors.Count;
        var parameters = SceneParameters.For(sceneType);
        var common = new Dictionary<string, JsonElement>(StringComparer.OrdinalIgnoreCase);
        if (request.Props is { } propsFile && ReadObject(propsFile, "--props", errors) is { } fromFile)
            foreach (var (name, value) in fromFile) common[name] = value;
        foreach (var text in request.PropValues)
        {
            int eq = text.IndexOf('=');
            string name = text[..eq].Trim();
            string value = text[(eq + 1)..];
            common[name] = SceneParameters.Find(parameters, name) is { } p ? p.FromText(value) : JsonSerializer.SerializeToElement(value);
        }
        if (errors.Count > before) return null;

        if (request.PropsBatch is not { } batchFile)
        {
            string label = request.Props is not null ? $"--props {request.Props}" : "--prop";
            var values = Convert(sceneType, common, label, new HashSet<string>(), errors);
            return values is null ? null : [new PropsRow(label, values, common, request.Output)];
        }

        var lines = ReadLines(batchFile, errors);
        if (lines is null) return null;
        var template = request.Output!;
        var naming = Placeholders(template).Where(p => p != RowPlaceholder).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var rows = new List<PropsRow>();
        foreach (var (lineNumber, line) in lines)
        {
            string label = $"{batchFile}:{lineNumber}";
            var fields = ParseObject(line, label, errors);
            if (fields is null) continue;
            var merged = new Dictionary<string, JsonElement>(common, StringComparer.OrdinalIgnoreCase);
            foreach (var (name, value) in fields) merged[name] = value;
            var values = Convert(sceneType, merged, label, naming, errors);
            string? output = Fill(template, merged, rows.Count + 1, label, errors);
            if (values is not null && output is not null) rows.Add(new PropsRow(label, values, merged, output));
        }
        if (errors.Count == before && rows.Count == 0) errors.Add($"--props-batch {batchFile} has no rows (one JSON object per line).");
        foreach (var clash in rows.GroupBy(r => Path.GetFullPath(r.Output!)).Where(g => g.Count() > 1))
            errors.Add($"rows {string.Join(", ", clash.Select(r => r.Label))} would all write {clash.First().Output}; add a field that tells them apart to --output.");
        return errors.Count > before ? null : rows;
    }

    /// <summary>The placeholder names in <paramref name="template"/>: <c>{name}</c> gives <c>name</c>.</summary>
    public static IReadOnlyList<string> Placeholders(string template) => Placeholder().Matches(template).Select(m => m.Groups[1].Value).ToList();

    private static IReadOnlyDictionary<string, object?>? Convert(Type sceneType, Dictionary<string, JsonElement> given, string label,
        IReadOnlySet<string> namingFields, List<string> errors)
    {
        // Fields the output name uses may be there only to name the file; any other unknown field is a typo.
        var parameters = SceneParameters.For(sceneType);
        var forScene = given.Where(kv => !namingFields.Contains(kv.Key) || SceneParameters.Find(parameters, kv.Key) is not null)
            .ToDictionary(kv => kv.Key, kv => kv.Value);
        try
        {
            return SceneParameters.Convert(sceneType, forScene);
        }
        catch (SceneParameterException e)
        {
            foreach (var problem in e.Problems) errors.Add($"{label}: {problem}");
            return null;
        }
    }

    private static string? Fill(string template, IReadOnlyDictionary<string, JsonElement> fields, int row, string label, List<string> errors)
    {
        var missing = new List<string>();
        string filled = Placeholder().Replace(template, m =>
        {
            string name = m.Groups[1].Value;
            if (name == RowPlaceholder && !fields.ContainsKey(name)) return row.ToString(System.Globalization.CultureInfo.InvariantCulture);
            if (!fields.TryGetValue(name, out var value))
            {
                missing.Add(name);
                return "";
            }
            return FileSafe(value.ValueKind == JsonValueKind.String ? value.GetString()! : value.GetRawText());
        });
        if (missing.Count == 0) return filled;
        errors.Add($"{label}: --output '{template}' names {string.Join(", ", missing.Select(n => $"{{{n}}}"))} but the row has no such field; "
                   + $"add it to every row or change --output (fields here: {(fields.Count == 0 ? "none" : string.Join(", ", fields.Keys))}).");
        return null;
    }

    // A field's text becomes part of a file name: separators and characters no file system takes are replaced.
    private static string FileSafe(string text)
    {
        var invalid = Path.GetInvalidFileNameChars().Concat(['/', '\\', ':', '*', '?', '"', '<', '>', '|']).ToHashSet();
        var sb = new StringBuilder(text.Length);
        foreach (char c in text) sb.Append(invalid.Contains(c) || char.IsControl(c) ? '_' : c);
        return sb.ToString();
    }

    private static Dictionary<string, JsonElement>? ReadObject(string path, string flag, List<string> errors)
    {
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            errors.Add($"{flag} {path}: cannot be read ({e.Message}).");
            return null;
        }
        return ParseObject(text, $"{flag} {path}", errors);
    }

    private static Dictionary<string, JsonElement>? ParseObject(string json, string label, List<string> errors)
    {
        try
        {
            using var document = JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                errors.Add($"{label}: expected a JSON object of parameter values, like {{\"Title\": \"Q3 results\"}}; got a {document.RootElement.ValueKind.ToString().ToLowerInvariant()}.");
                return null;
            }
            var fields = new Dictionary<string, JsonElement>(StringComparer.OrdinalIgnoreCase);
            foreach (var property in document.RootElement.EnumerateObject()) fields[property.Name] = property.Value.Clone();
            return fields;
        }
        catch (JsonException e)
        {
            errors.Add($"{label}: not valid JSON: {e.Message}");
            return null;
        }
    }

    /// <summary>The non-blank lines of a JSONL file with their 1-based line numbers.</summary>
    private static List<(int Line, string Text)>? ReadLines(string path, List<string> errors)
    {
        try
        {
            return File.ReadAllLines(path).Select((text, i) => (i + 1, text)).Where(l => !string.IsNullOrWhiteSpace(l.text)).ToList();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            errors.Add($"--props-batch {path}: cannot be read ({e.Message}).");
            return null;
        }
    }

    [GeneratedRegex(@"\{([A-Za-z_][A-Za-z0-9_]*)\}")]
    private static partial Regex Placeholder();
}
