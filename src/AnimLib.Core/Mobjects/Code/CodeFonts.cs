using System.Collections.Concurrent;
using SkiaSharp;

namespace AnimLib.Mobjects;

/// <summary>
/// Picks the monospace family a <see cref="Code"/> is set in: the one asked for when the font manager has it, else the
/// first installed of common monospace families, with one warning per missing family (<see cref="MissingFontWarnings"/>).
/// Text's own fallback is a serif, which would break the columns code relies on, hence a list of its own.
/// </summary>
internal static class CodeFonts
{
    // Linux, Windows and macOS monospace faces, then the generic alias fontconfig resolves.
    private static readonly string[] MonospaceFallbacks =
        ["DejaVu Sans Mono", "Liberation Mono", "Noto Sans Mono", "Ubuntu Mono", "Cascadia Mono", "Consolas", "Menlo", "Courier New", "Nimbus Mono PS"];

    private static readonly ConcurrentDictionary<string, string> Resolved = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>The installed family to use for <paramref name="family"/>.</summary>
    internal static string Resolve(string family) => Resolved.GetOrAdd(family, Find);

    private static string Find(string family)
    {
        if (Installed(family)) return family;
        var substitute = MonospaceFallbacks.FirstOrDefault(Installed) ?? GenericMonospace() ?? family;
        MissingFontWarnings.Report(family, substitute);
        return substitute;
    }

    private static bool Installed(string family)
    {
        using var typeface = SKFontManager.Default.MatchFamily(family);
        return typeface is not null && string.Equals(typeface.FamilyName, family, StringComparison.OrdinalIgnoreCase);
    }

    private static string? GenericMonospace()
    {
        using var typeface = SKFontManager.Default.MatchFamily("monospace");
        return typeface?.FamilyName;
    }
}
