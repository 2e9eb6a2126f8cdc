namespace AnimLib.Rendering;

/// <summary>
/// A list of triangles whose colour varies smoothly across each triangle (the pieces of shaded surfaces), painted in
/// order as one mesh: neighbouring triangles share their edges exactly, so no seam shows between them.
/// </summary>
/// <remarks>
/// Triangles are listed one after another, three vertices each, with no shared index buffer: a depth-sorted surface
/// paints its triangles from the farthest to the nearest, and triangles of several surfaces may share one mesh.
/// </remarks>
public sealed class MeshItem : DisplayItem
{
    /// <summary>Vertex positions in pixels, x and y per vertex (y down), three vertices per triangle.</summary>
    public required float[] Positions { get; init; }

    /// <summary>Straight RGBA colours, four floats per vertex; colours are blended across each triangle.</summary>
    public required float[] Colors { get; init; }

    /// <summary>Number of vertices (three per triangle).</summary>
    public int VertexCount => Positions.Length / 2;

    /// <inheritdoc/>
    public override bool ContentEquals(DisplayItem other) =>
        other is MeshItem m && Positions.AsSpan().SequenceEqual(m.Positions) && Colors.AsSpan().SequenceEqual(m.Colors);
}
