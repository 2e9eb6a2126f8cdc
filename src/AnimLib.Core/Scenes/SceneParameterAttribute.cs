namespace AnimLib.Scenes;

/// <summary>
/// Marks a public settable property of a scene as a parameter that a render can set: <c>animlib render Scene --prop
/// Title="Q3 results"</c>, <c>--props file.json</c>, one video per row of <c>--props-batch rows.jsonl</c>, or
/// <c>SceneParameters.Apply</c> from code. The property's initializer is the default and
/// <c>animlib describe Scene</c> lists it. Supported types: string, bool, the numeric types, enums,
/// <see cref="Geometry.Color"/>, nullable forms of these, and arrays of them.
/// </summary>
/// <param name="description">What the parameter changes, shown by <c>animlib describe</c>.</param>
[AttributeUsage(AttributeTargets.Property, Inherited = true, AllowMultiple = false)]
public sealed class SceneParameterAttribute(string? description = null) : Attribute
{
    /// <summary>What the parameter changes, shown by <c>animlib describe</c>; null when not given.</summary>
    public string? Description { get; } = description;
}
