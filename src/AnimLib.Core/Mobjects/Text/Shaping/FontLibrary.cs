using System.Collections.Concurrent;
using SkiaSharp;

namespace AnimLib.Mobjects;

/// <summary>
/// Finds faces through Skia's font manager (fontconfig on Linux, the system's own elsewhere) and keeps them for the
/// life of the process. A family that is not installed falls back to the system's serif with one warning per family
/// (<see cref="MissingFontWarnings"/>); a character the face lacks is looked up in the faces the system offers for it.
/// </summary>
internal static class FontLibrary
{
    // Tried in order when a requested family is missing: the generic alias fontconfig resolves, then common serifs of
    // Linux, Windows and macOS.
    private static readonly string[] SerifFallbacks = ["serif", "DejaVu Serif", "Liberation Serif", "Times New Roman", "Times", "Georgia"];

    private static readonly ConcurrentDictionary<(string Family, FontWeight Weight, FontSlant Slant), Lazy<ShapingFace>> Requested = new();
    // Requests that resolve to the same face file and style share one ShapingFace, hence one outline cache entry per glyph.
    private static readonly ConcurrentDictionary<(string Family, int Weight, int Width, SKFontStyleSlant Slant), Lazy<ShapingFace>> Faces = new();
    private static readonly ConcurrentDictionary<(ShapingFace Primary, int Codepoint), ShapingFace?> CharacterFallbacks = new();

    /// <summary>The face for <paramref name="family"/> in the given style, or the serif that stands in for a missing family.</summary>
    internal static ShapingFace Resolve(string family, FontWeight weight, FontSlant slant) =>
        Requested.GetOrAdd((family, weight, slant), key => new Lazy<ShapingFace>(() => Load(key.Family, key.Weight, key.Slant))).Value;

    /// <summary>
    /// A face other than <paramref name="primary"/> that has a glyph for <paramref name="codepoint"/> in the same style,
    /// or null when the system has none (the primary face's missing-glyph box is drawn then).
    /// </summary>
    internal static ShapingFace? ForCharacter(ShapingFace primary, int codepoint) =>
        CharacterFallbacks.GetOrAdd((primary, codepoint), key =>
        {
            var typeface = SKFontManager.Default.MatchCharacter(key.Primary.Typeface.FamilyName, key.Primary.Typeface.FontStyle, null, key.Codepoint);
            if (typeface is null) return null;
            var face = Share(typeface);
            return face.Covers(key.Codepoint) ? face : null;
        });

    private static ShapingFace Load(string family, FontWeight weight, FontSlant slant)
    {
        var style = new SKFontStyle((int)weight, (int)SKFontStyleWidth.Normal, slant switch
        {
            FontSlant.Italic => SKFontStyleSlant.Italic,
            FontSlant.Oblique => SKFontStyleSlant.Oblique,
            _ => SKFontStyleSlant.Upright,
        });
        var typeface = Match(family, style);
        if (typeface is null)
        {
            typeface = SerifFallbacks.Select(f => SKFontManager.Default.MatchFamily(f, style)).FirstOrDefault(t => t is not null)
                ?? SKFontManager.Default.MatchFamily(null, style)
                ?? SKTypeface.Default;
            MissingFontWarnings.Report(family, typeface.FamilyName);
        }
        return Share(typeface);
    }

    // Font managers differ on a missing family: some return null, fontconfig may return its best guess of another
    // family. Only a face of the family asked for counts as a match.
    private static SKTypeface? Match(string family, SKFontStyle style)
    {
        var typeface = SKFontManager.Default.MatchFamily(family, style);
        if (typeface is null) return null;
        if (string.Equals(typeface.FamilyName, family, StringComparison.OrdinalIgnoreCase)) return typeface;
        typeface.Dispose();
        return null;
    }

    private static ShapingFace Share(SKTypeface typeface)
    {
        var key = (typeface.FamilyName, typeface.FontWeight, typeface.FontWidth, typeface.FontSlant);
        var face = Faces.GetOrAdd(key, _ => new Lazy<ShapingFace>(() => new ShapingFace(typeface))).Value;
        if (!ReferenceEquals(face.Typeface, typeface)) typeface.Dispose();
        return face;
    }
}
