using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using AnimLib.Geometry;

namespace AnimLib.Scenes;

/// <summary>
/// How one supported property type reads a JSON value, names itself in messages and appears in a JSON Schema. Values
/// are strict (a number is not a string, 2.5 is not a whole number) so a typo fails before anything is rendered.
/// </summary>
internal abstract class SceneParameterType
{
    /// <summary>The type's name in messages: "a string", "a whole number", ...</summary>
    public abstract string Expected { get; }

    /// <summary>Converts <paramref name="json"/> to the property's type; false when it is not one.</summary>
    public abstract bool TryRead(JsonElement json, out object? value);

    /// <summary>The JSON Schema of the type (without default or description).</summary>
    public abstract JsonObject Schema();

    /// <summary>A value of the type as JSON, for the schema's default.</summary>
    public abstract JsonNode? ToJson(object? value);

    /// <summary>Whether a value given as bare text (<c>--prop Name=text</c>) is the text itself rather than JSON.</summary>
    public virtual bool TakesText => false;

    /// <summary>The handler of <paramref name="type"/>, or null when parameters cannot have it.</summary>
    public static SceneParameterType? For(Type type, bool nullable)
    {
        if (Nullable.GetUnderlyingType(type) is { } inner) return For(inner, false) is { } t ? new OrNull(t) : null;
        SceneParameterType? plain = type switch
        {
            _ when type == typeof(string) => new Text(),
            _ when type == typeof(bool) => new Flag(),
            _ when type == typeof(Color) => new Colour(),
            _ when type.IsEnum => new Choice(type),
            _ when Whole.Ranges.ContainsKey(type) => new Whole(type),
            _ when type == typeof(double) || type == typeof(float) || type == typeof(decimal) => new Real(type),
            _ when type.IsArray && type.GetArrayRank() == 1 && For(type.GetElementType()!, false) is { } item => new List(type.GetElementType()!, item),
            _ => null,
        };
        return plain is not null && nullable ? new OrNull(plain) : plain;
    }

    private sealed class Text : SceneParameterType
    {
        public override string Expected => "a string";

        public override bool TakesText => true;

        public override bool TryRead(JsonElement json, out object? value)
        {
            value = json.ValueKind == JsonValueKind.String ? json.GetString() : null;
            return value is not null;
        }

        public override JsonObject Schema() => new() { ["type"] = "string" };

        public override JsonNode? ToJson(object? value) => value is string s ? JsonValue.Create(s) : null;
    }

    private sealed class Flag : SceneParameterType
    {
        public override string Expected => "true or false";

        public override bool TryRead(JsonElement json, out object? value)
        {
            value = json.ValueKind switch { JsonValueKind.True => true, JsonValueKind.False => false, _ => null };
            return value is not null;
        }

        public override JsonObject Schema() => new() { ["type"] = "boolean" };

        public override JsonNode? ToJson(object? value) => value is bool b ? JsonValue.Create(b) : null;
    }

    private sealed class Colour : SceneParameterType
    {
        // Hex as Color.Parse reads it, or a palette name (BLUE_E, BlueE): letters, digits and underscores.
        private const string Pattern = "^(#?([0-9A-Fa-f]{3}|[0-9A-Fa-f]{6})|[A-Za-z][A-Za-z0-9_]*)$";

        public override string Expected => "a colour (#RRGGBB or a palette name such as BLUE_E)";

        public override bool TakesText => true;

        public override bool TryRead(JsonElement json, out object? value)
        {
            value = null;
            if (json.ValueKind != JsonValueKind.String) return false;
            try
            {
                value = Color.Parse(json.GetString()!);
                return true;
            }
            catch (FormatException)
            {
                return false;
            }
        }

        public override JsonObject Schema() => new() { ["type"] = "string", ["pattern"] = Pattern };

        public override JsonNode? ToJson(object? value) => value is Color c ? JsonValue.Create(c.ToHex()) : null;
    }

    private sealed class Choice(Type type) : SceneParameterType
    {
        public override string Expected => $"one of {string.Join(", ", Enum.GetNames(type))}";

        public override bool TakesText => true;

        public override bool TryRead(JsonElement json, out object? value)
        {
            value = null;
            if (json.ValueKind != JsonValueKind.String) return false;
            // Names only (any case): Enum.TryParse would also take "3" or "A, B".
            string? name = Enum.GetNames(type).FirstOrDefault(n => string.Equals(n, json.GetString(), StringComparison.OrdinalIgnoreCase));
            if (name is null) return false;
            value = Enum.Parse(type, name);
            return true;
        }

        public override JsonObject Schema() => new() { ["type"] = "string", ["enum"] = new JsonArray(Enum.GetNames(type).Select(n => (JsonNode?)n).ToArray()) };

        public override JsonNode? ToJson(object? value) => value is null ? null : JsonValue.Create(value.ToString());
    }

    private sealed class Whole(Type type) : SceneParameterType
    {
        public static readonly Dictionary<Type, (decimal Min, decimal Max)> Ranges = new()
        {
            [typeof(byte)] = (byte.MinValue, byte.MaxValue),
            [typeof(sbyte)] = (sbyte.MinValue, sbyte.MaxValue),
            [typeof(short)] = (short.MinValue, short.MaxValue),
            [typeof(ushort)] = (ushort.MinValue, ushort.MaxValue),
            [typeof(int)] = (int.MinValue, int.MaxValue),
            [typeof(uint)] = (uint.MinValue, uint.MaxValue),
            [typeof(long)] = (long.MinValue, long.MaxValue),
            [typeof(ulong)] = (ulong.MinValue, ulong.MaxValue),
        };

        private (decimal Min, decimal Max) Range => Ranges[type];

        public override string Expected => $"a whole number from {Range.Min.ToString(CultureInfo.InvariantCulture)} to {Range.Max.ToString(CultureInfo.InvariantCulture)}";

        public override bool TryRead(JsonElement json, out object? value)
        {
            value = null;
            if (json.ValueKind != JsonValueKind.Number || !json.TryGetDecimal(out decimal d) || d != decimal.Truncate(d) || d < Range.Min || d > Range.Max) return false;
            value = Convert.ChangeType(d, type, CultureInfo.InvariantCulture);
            return true;
        }

        public override JsonObject Schema() => new() { ["type"] = "integer", ["minimum"] = Range.Min, ["maximum"] = Range.Max };

        public override JsonNode? ToJson(object? value) => value is null ? null : JsonValue.Create(Convert.ToDecimal(value, CultureInfo.InvariantCulture));
    }

    private sealed class Real(Type type) : SceneParameterType
    {
        public override string Expected => "a number";

        public override bool TryRead(JsonElement json, out object? value)
        {
            value = null;
            if (json.ValueKind != JsonValueKind.Number) return false;
            if (type == typeof(decimal))
            {
                if (!json.TryGetDecimal(out decimal d)) return false;
                value = d;
                return true;
            }
            if (!json.TryGetDouble(out double x) || !double.IsFinite(x)) return false;
            if (type == typeof(float) && !float.IsFinite((float)x)) return false;
            value = type == typeof(float) ? (float)x : x;
            return true;
        }

        public override JsonObject Schema() => new() { ["type"] = "number" };

        public override JsonNode? ToJson(object? value) => value switch
        {
            // A non-finite default has no JSON form, so the schema leaves it out.
            double d => double.IsFinite(d) ? JsonValue.Create(d) : null,
            float f => float.IsFinite(f) ? JsonValue.Create((double)(decimal)f) : null,
            decimal m => JsonValue.Create(m),
            _ => null,
        };
    }

    private sealed class List(Type itemType, SceneParameterType item) : SceneParameterType
    {
        public override string Expected => $"an array of {Plural(item.Expected)}";

        public override bool TryRead(JsonElement json, out object? value)
        {
            value = null;
            if (json.ValueKind != JsonValueKind.Array) return false;
            var array = Array.CreateInstance(itemType, json.GetArrayLength());
            int i = 0;
            foreach (var element in json.EnumerateArray())
            {
                if (!item.TryRead(element, out var v)) return false;
                array.SetValue(v, i++);
            }
            value = array;
            return true;
        }

        public override JsonObject Schema() => new() { ["type"] = "array", ["items"] = item.Schema() };

        public override JsonNode? ToJson(object? value) =>
            value is Array a ? new JsonArray(a.Cast<object?>().Select(item.ToJson).ToArray()) : null;

        private static string Plural(string expected) => expected switch
        {
            "a string" => "strings",
            "a number" => "numbers",
            "true or false" => "true or false values",
            _ when expected.StartsWith("a whole number", StringComparison.Ordinal) => "whole numbers" + expected["a whole number".Length..],
            _ when expected.StartsWith("a colour", StringComparison.Ordinal) => "colours" + expected["a colour".Length..],
            _ => $"values ({expected})",
        };
    }

    private sealed class OrNull(SceneParameterType inner) : SceneParameterType
    {
        public override string Expected => $"{inner.Expected}, or null";

        public override bool TakesText => inner.TakesText;

        public override bool TryRead(JsonElement json, out object? value)
        {
            value = null;
            return json.ValueKind == JsonValueKind.Null || inner.TryRead(json, out value);
        }

        public override JsonObject Schema()
        {
            var schema = inner.Schema();
            schema["type"] = new JsonArray(schema["type"]!.GetValue<string>(), "null");
            if (schema["enum"] is JsonArray names) names.Add(null);
            return schema;
        }

        public override JsonNode? ToJson(object? value) => value is null ? null : inner.ToJson(value);
    }
}
