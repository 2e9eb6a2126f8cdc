using System.Numerics;
using AnimLib.Geometry;

namespace AnimLib.Mobjects;

/// <summary>One drawable element of an SVG document: its outline (after transforms, SVG user units, y down) and style.</summary>
internal sealed record SvgShape(Vector3[] Points, Color? Fill, double FillOpacity, Color? Stroke, double StrokeWidth, double StrokeOpacity,
    string ElementName);
