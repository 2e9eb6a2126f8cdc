using System.Numerics;

namespace AnimLib.Mobjects;

/// <summary>One visible glyph of a laid-out text: the index of the character it came from and its outline.</summary>
/// <param name="CharIndex">Index into the source string (UTF-16) of the character that produced the glyph.</param>
/// <param name="Points">
/// Cubic Bezier points (4 per curve) in scene units at <see cref="TextLayoutEngine.ReferenceSize"/>, y up, relative to
/// the layout's top-left. Shared with the layout cache: callers copy before changing them.
/// </param>
internal readonly record struct LaidOutGlyph(int CharIndex, Vector3[] Points);
