using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace AnimLib.Scenes;

/// <summary>One <see cref="SceneParameterAttribute"/> property of a scene: its name, type, default and description.</summary>
public sealed class SceneParameter
{
    private readonly SceneParameterType _type;

    internal SceneParameter(PropertyInfo property, SceneParameterType type, string? description, object? defaultValue)
    {
        Property = property;
        _type = type;
        Description = description;
        Default = defaultValue;
    }

    /// <summary>The property's name, as given in <c>--prop Name=value</c> and JSON (matched ignoring case).</summary>
    public string Name => Property.Name;

    /// <summary>The property.</summary>
    public PropertyInfo Property { get; }

    /// <summary>The property's type.</summary>
    public Type Type => Property.PropertyType;

    /// <summary>The description of the attribute, or null.</summary>
    public string? Description { get; }

    /// <summary>The value a new scene has (the property's initializer).</summary>
    public object? Default { get; }

    /// <summary>What the parameter takes, in words: "a string", "one of Left, Right", ...</summary>
    public string Expected => _type.Expected;

    /// <summary>
    /// The JSON value meant by <paramref name="text"/> given on a command line: the text itself for strings, enums and
    /// colours (no quotes needed), else the text read as JSON (<c>3</c>, <c>true</c>, <c>[1,2]</c>); text that is not JSON
    /// stays a string, so that converting it reports the type it should have been.
    /// </summary>
    public JsonElement FromText(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!_type.TakesText)
        {
            try
            {
                using var document = JsonDocument.Parse(text);
                return document.RootElement.Clone();
            }
            catch (JsonException)
            {
                // Not JSON: kept as a string, which the conversion then rejects with the expected type.
            }
        }
        return JsonSerializer.SerializeToElement(text);
    }

    /// <summary>Converts <paramref name="json"/> to the property's type.</summary>
    /// <returns>False (with <paramref name="value"/> null) when the JSON value is not of the type.</returns>
    public bool TryConvert(JsonElement json, out object? value) => _type.TryRead(json, out value);

    /// <summary>The parameter's JSON Schema: type, default, description; enums as <c>enum</c> lists, colours as patterned strings.</summary>
    public JsonObject Schema()
    {
        var schema = _type.Schema();
        if (_type.ToJson(Default) is { } defaultValue) schema["default"] = defaultValue;
        else if (Default is null) schema["default"] = null;
        if (Description is not null) schema["description"] = Description;
        return schema;
    }
}
