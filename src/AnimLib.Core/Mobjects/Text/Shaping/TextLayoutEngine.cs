using System.Collections.Concurrent;
using System.Numerics;

namespace AnimLib.Mobjects;

/// <summary>
/// Lays text out with HarfBuzz and Skia and returns one outline per visible character. Outlines are computed once per
/// (face, glyph) at <see cref="ReferenceSize"/> and cached; a layout only shapes and positions, so a paragraph or a
/// changing number costs one shaping pass and no new outline extraction. Layouts are cached too, up to a bound.
/// </summary>
internal static class TextLayoutEngine
{
    /// <summary>The font size (in points) outlines are computed at; callers scale by <c>fontSize / ReferenceSize</c>.</summary>
    internal const double ReferenceSize = 48;

    /// <summary>Scene units per point of font size, ManimGL's scale for Text (one em ≈ 0.0076 × font size).</summary>
    internal const double UnitsPerPoint = 0.0076;

    // Enough for every string of a scene; past it the cache starts over rather than tracking recency.
    private const int LayoutCacheCapacity = 2048;

    private static readonly ConcurrentDictionary<(string Text, TextLayoutStyle Style), IReadOnlyList<LaidOutGlyph>> Layouts = new();

    /// <summary>Lays out <paramref name="text"/> and returns its visible glyphs in reading order (by source index).</summary>
    internal static IReadOnlyList<LaidOutGlyph> Layout(string text, TextLayoutStyle style)
    {
        if (text.Length == 0) return [];
        if (Layouts.TryGetValue((text, style), out var cached)) return cached;
        var result = Compute(text, style);
        if (Layouts.Count >= LayoutCacheCapacity) Layouts.Clear();
        Layouts[(text, style)] = result;
        return result;
    }

    private static LaidOutGlyph[] Compute(string text, TextLayoutStyle style)
    {
        var face = FontLibrary.Resolve(style.Font, style.Weight, style.Slant);
        var lines = SplitLines(text).Select(l => LineShaper.Shape(text, l.Start, l.End, face)).ToList();
        double width = lines.Max(l => l.Width);
        // The line pitch follows the primary face, as a multiple of its line height (ascent + descent + line gap).
        double pitch = style.LineSpacing > 0 ? style.LineSpacing * (face.Ascent + face.Descent + face.LineGap) : face.Ascent + face.Descent;
        var glyphs = new List<LaidOutGlyph>();
        for (int row = 0; row < lines.Count; row++)
        {
            var line = lines[row];
            double baseline = face.Ascent + row * pitch;
            double indent = style.Alignment switch
            {
                TextAlignment.Left => 0,
                TextAlignment.Right => width - line.Width,
                // Half a unit is rounded up so glyphs stay on whole units at the reference size, like their advances.
                _ => Math.Floor((width - line.Width) / 2 + 0.5),
            };
            foreach (var g in line.Glyphs)
            {
                if (char.IsWhiteSpace(text[g.Cluster])) continue;
                var outline = GlyphOutlines.Get(g.Face, g.Glyph);
                if (outline.Length == 0) continue;
                var origin = new Vector3((float)(indent + g.X), (float)(baseline + g.Y), 0);
                var points = new Vector3[outline.Length];
                for (int k = 0; k < points.Length; k++) points[k] = ToSceneUnits(outline[k] + origin);
                glyphs.Add(new LaidOutGlyph(g.Cluster, points));
            }
        }
        // Right-to-left runs come out of the shaper in visual order; the selection map wants source order.
        return glyphs.OrderBy(g => g.CharIndex).ToArray();
    }

    private static Vector3 ToSceneUnits(Vector3 device) =>
        new((float)(device.X * UnitsPerPoint), (float)(-device.Y * UnitsPerPoint), 0);

    // Lines end at "\n" (a "\r" before it belongs to the break) and at the Unicode line and paragraph separators.
    private static List<(int Start, int End)> SplitLines(string text)
    {
        var lines = new List<(int, int)>();
        int start = 0;
        for (int i = 0; i < text.Length; i++)
        {
            if (text[i] is not ('\n' or '\u2028' or '\u2029')) continue;
            int end = i > start && text[i] == '\n' && text[i - 1] == '\r' ? i - 1 : i;
            lines.Add((start, end));
            start = i + 1;
        }
        lines.Add((start, text.Length));
        return lines;
    }
}
