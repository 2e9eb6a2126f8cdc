namespace AnimLib.Display;

/// <summary>
/// One quad of a surface in pixel space, waiting to become two triangles of a <see cref="MeshItem"/>: its corners in
/// order around it, their colours, and which of its edges lie on the surface's outline.
/// </summary>
/// <remarks>
/// Quads are depth sorted one by one with the frame's other pieces and then joined, in that order, into meshes; a quad is
/// therefore handed over on its own rather than as part of a mesh.
/// </remarks>
/// <param name="A">First corner, in pixels (y down).</param>
/// <param name="B">Second corner.</param>
/// <param name="C">Third corner, opposite <paramref name="A"/>.</param>
/// <param name="D">Fourth corner.</param>
/// <param name="CA">Colour at <paramref name="A"/>.</param>
/// <param name="CB">Colour at <paramref name="B"/>.</param>
/// <param name="CC">Colour at <paramref name="C"/>.</param>
/// <param name="CD">Colour at <paramref name="D"/>.</param>
/// <param name="Outline">Edges on the outline, one bit each: 1 AB, 2 BC, 4 CD, 8 DA.</param>
public readonly record struct MeshQuad(
    (float X, float Y) A, (float X, float Y) B, (float X, float Y) C, (float X, float Y) D, Rgba CA, Rgba CB, Rgba CC, Rgba CD, int Outline);
