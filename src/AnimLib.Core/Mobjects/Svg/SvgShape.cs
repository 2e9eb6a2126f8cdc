using System.Numerics;
using AnimLib.Geometry;

namespace AnimLib.Mobjects;

/// <summary>
/// One drawable element of an SVG document: its outline (after transforms, SVG user units, y down) and style, and the id
/// of the element a <c>use</c> drew it from (dvisvgm names glyphs "g{font}-{code}", which is how Tex tells glyphs apart).
/// </summary>
internal sealed record SvgShape(Vector3[] Points, Color? Fill, double FillOpacity, Color? Stroke, double StrokeWidth, double StrokeOpacity,
    string ElementName, string? UsedId = null);
