namespace AnimLib.Mobjects;

/// <summary>A shaped glyph: its face, glyph id, the UTF-16 index of its character and its pen position (device units, y down, baseline 0).</summary>
internal readonly record struct ShapedGlyph(ShapingFace Face, ushort Glyph, int Cluster, double X, double Y);

/// <summary>The glyphs of one line in visual order and the line's advance width (trailing spaces included).</summary>
internal sealed record ShapedLine(IReadOnlyList<ShapedGlyph> Glyphs, double Width);
