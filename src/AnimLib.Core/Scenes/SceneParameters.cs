using System.Collections.Concurrent;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace AnimLib.Scenes;

/// <summary>
/// Reads and sets a scene's <see cref="SceneParameterAttribute"/> properties: lists them, describes them as a JSON
/// Schema and applies values given as JSON. Set them on a new scene before it runs; <c>Construct</c> then reads them.
/// What they change is part of the partial-movie cache key only through what is drawn: segments that draw the same
/// pixels for two values are shared.
/// </summary>
public static class SceneParameters
{
    private static readonly ConcurrentDictionary<Type, IReadOnlyList<SceneParameter>> Known = new();

    /// <summary>The parameters of <paramref name="sceneType"/>, in declaration order (base class first).</summary>
    /// <exception cref="InvalidOperationException">A marked property has an unsupported type or no public setter.</exception>
    public static IReadOnlyList<SceneParameter> For(Type sceneType)
    {
        ArgumentNullException.ThrowIfNull(sceneType);
        if (!typeof(Scene).IsAssignableFrom(sceneType)) throw new ArgumentException($"{sceneType.Name} is not a Scene.", nameof(sceneType));
        return Known.GetOrAdd(sceneType, Discover);
    }

    /// <summary>
    /// Converts <paramref name="values"/> (names matched ignoring case) to the parameters' types, checking all of them.
    /// </summary>
    /// <returns>The values keyed by parameter name, ready for <see cref="Apply(Scene, IReadOnlyDictionary{string, object})"/>.</returns>
    /// <exception cref="SceneParameterException">A name is not a parameter (the message lists the valid ones) or a value is not of its type.</exception>
    public static IReadOnlyDictionary<string, object?> Convert(Type sceneType, IReadOnlyDictionary<string, JsonElement> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var parameters = For(sceneType);
        var problems = new List<string>();
        var unknown = new List<string>();
        var converted = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var (name, json) in values)
        {
            var parameter = Find(parameters, name);
            if (parameter is null) unknown.Add(name);
            else if (parameter.TryConvert(json, out var value)) converted[parameter.Name] = value;
            else problems.Add($"parameter {parameter.Name} expects {parameter.Expected}; got {Shorten(json.GetRawText())}.");
        }
        if (unknown.Count > 0)
            problems.Insert(0, $"unknown parameter{(unknown.Count > 1 ? "s" : "")} {string.Join(", ", unknown.Select(u => $"'{u}'"))}. "
                               + (parameters.Count == 0
                                   ? $"{sceneType.Name} has no parameters (mark public properties with [SceneParameter])."
                                   : $"Valid parameters: {string.Join(", ", parameters.Select(p => $"{p.Name} ({p.Expected})"))}."));
        if (problems.Count > 0) throw new SceneParameterException(sceneType.Name, problems);
        return converted;
    }

    /// <summary>Sets the converted <paramref name="values"/> (see <see cref="Convert"/>) on <paramref name="scene"/>.</summary>
    public static void Apply(Scene scene, IReadOnlyDictionary<string, object?> values)
    {
        ArgumentNullException.ThrowIfNull(scene);
        ArgumentNullException.ThrowIfNull(values);
        var parameters = For(scene.GetType());
        foreach (var (name, value) in values)
        {
            var parameter = Find(parameters, name)
                            ?? throw new SceneParameterException(scene.GetType().Name, [$"unknown parameter '{name}'."]);
            parameter.Property.SetValue(scene, value);
        }
    }

    /// <summary>Converts and sets <paramref name="values"/> on <paramref name="scene"/>: <see cref="Convert"/>, then <see cref="Apply(Scene, IReadOnlyDictionary{string, object})"/>.</summary>
    /// <exception cref="SceneParameterException">See <see cref="Convert"/>; nothing is set then.</exception>
    public static void Apply(Scene scene, IReadOnlyDictionary<string, JsonElement> values)
    {
        ArgumentNullException.ThrowIfNull(scene);
        Apply(scene, Convert(scene.GetType(), values));
    }

    /// <summary>
    /// The parameters of <paramref name="sceneType"/> as a JSON Schema (draft 2020-12) of the object that
    /// <c>--props</c> reads: each property's type, default and description; no other properties are allowed.
    /// </summary>
    public static JsonObject Schema(Type sceneType)
    {
        var properties = new JsonObject();
        foreach (var p in For(sceneType)) properties[p.Name] = p.Schema();
        return new JsonObject
        {
            ["$schema"] = "https://json-schema.org/draft/2020-12/schema",
            ["title"] = sceneType.Name,
            ["description"] = $"Parameters of the scene {sceneType.Name}.",
            ["type"] = "object",
            ["properties"] = properties,
            ["additionalProperties"] = false,
        };
    }

    /// <summary>The parameter named <paramref name="name"/> (exact, then ignoring case), or null.</summary>
    public static SceneParameter? Find(IReadOnlyList<SceneParameter> parameters, string name) =>
        parameters.FirstOrDefault(p => p.Name == name)
        ?? parameters.FirstOrDefault(p => string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase));

    private static IReadOnlyList<SceneParameter> Discover(Type sceneType)
    {
        var marked = sceneType.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Select(p => (Property: p, Attribute: p.GetCustomAttribute<SceneParameterAttribute>(inherit: true)))
            .Where(x => x.Attribute is not null)
            .OrderBy(x => Depth(x.Property.DeclaringType!))
            .ThenBy(x => x.Property.MetadataToken)
            .ToList();
        if (marked.Count == 0) return [];
        // The defaults are what the initializers give a fresh instance, so they are read from one.
        Scene? fresh = sceneType.GetConstructor(Type.EmptyTypes) is not null && !sceneType.IsAbstract ? (Scene)Activator.CreateInstance(sceneType)! : null;
        var nullability = new NullabilityInfoContext();
        var list = new List<SceneParameter>();
        foreach (var (property, attribute) in marked)
        {
            string where = $"{sceneType.Name}.{property.Name}";
            if (property.SetMethod is not { IsPublic: true } || property.GetMethod is not { IsPublic: true })
                throw new InvalidOperationException($"{where} is marked [SceneParameter] but has no public getter and setter; give it {{ get; set; }} or {{ get; init; }}.");
            bool nullable = !property.PropertyType.IsValueType && nullability.Create(property).WriteState == NullabilityState.Nullable;
            var type = SceneParameterType.For(property.PropertyType, nullable)
                       ?? throw new InvalidOperationException(
                           $"{where} is marked [SceneParameter] but its type {property.PropertyType.Name} is not supported; use string, bool, a number, an enum, Color, or an array of these.");
            list.Add(new SceneParameter(property, type, attribute!.Description, fresh is null ? null : property.GetValue(fresh)));
        }
        return list;
    }

    private static int Depth(Type type)
    {
        int depth = 0;
        for (var t = type; t is not null; t = t.BaseType) depth++;
        return depth;
    }

    private static string Shorten(string json) => json.Length <= 80 ? json : json[..77] + "...";
}
