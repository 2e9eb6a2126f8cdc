using TextMateSharp.Grammars;

namespace AnimLib.Mobjects;

/// <summary>
/// The colour themes <see cref="Code"/> can use: those TextMateSharp.Grammars ships (<c>DarkPlus</c>, <c>Monokai</c>,
/// <c>Dracula</c>, <c>OneDark</c>, <c>SolarizedDark</c>, <c>Light</c>, ...), by name, any case.
/// </summary>
public static class CodeThemes
{
    /// <summary>The default: VS Code's Dark+, whose colours read well on Manim's black background.</summary>
    public const string Default = "DarkPlus";

    /// <summary>Every theme name, in the order the grammars package lists them.</summary>
    public static IReadOnlyList<string> Known { get; } = Enum.GetNames<ThemeName>();

    /// <summary>The theme called <paramref name="name"/> (any case); <see cref="Default"/> when null.</summary>
    /// <exception cref="ArgumentException">No theme has that name; the message lists the known ones.</exception>
    public static string Resolve(string? name)
    {
        if (name is null) return Default;
        return Known.FirstOrDefault(k => string.Equals(k, name.Trim(), StringComparison.OrdinalIgnoreCase))
            ?? throw new ArgumentException($"Unknown code theme \"{name}\". Known themes: {string.Join(", ", Known)}.", nameof(name));
    }
}
