using System.Collections.Concurrent;
using System.Numerics;
using SkiaSharp;

namespace AnimLib.Mobjects;

/// <summary>
/// Glyph outlines from Skia as cubic Bezier points, computed once per (face, glyph id) at
/// <see cref="TextLayoutEngine.ReferenceSize"/>: device units, y down, origin on the glyph's baseline at its pen position.
/// </summary>
internal static class GlyphOutlines
{
    private static readonly ConcurrentDictionary<(ShapingFace Face, ushort Glyph), Vector3[]> Cache = new();

    /// <summary>The outline of <paramref name="glyph"/>; empty for glyphs that draw nothing (spaces).</summary>
    internal static Vector3[] Get(ShapingFace face, ushort glyph) =>
        Cache.GetOrAdd((face, glyph), static key =>
        {
            // Unhinted, unrounded outlines: they are scaled to any size afterwards, so no grid fitting at 48 px.
            using var font = new SKFont(key.Face.Typeface, (float)TextLayoutEngine.ReferenceSize)
            {
                Hinting = SKFontHinting.None,
                Subpixel = true,
                LinearMetrics = true,
            };
            using var path = font.GetGlyphPath(key.Glyph);
            return path is null || path.IsEmpty ? [] : SkiaPathReader.ReadCubics(path);
        });
}
