using System.IO.Hashing;

namespace AnimLib.Display;

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

    /// <summary>
    /// Optional edges along which the mesh may meet what lies behind it (the border of a surface and its folds, where it
    /// turns away from the camera): x0, y0, x1, y1 per edge, in pixels. Triangles are not antialiased one by one, so
    /// an opaque mesh's canvas draws these edges antialiased underneath it, and its outline is smooth.
    /// </summary>
    public float[]? OutlineEdges { get; init; }

    /// <summary>Straight RGBA colours of <see cref="OutlineEdges"/>, four floats per edge.</summary>
    public float[]? OutlineColors { get; init; }

    /// <summary>Number of vertices (three per triangle).</summary>
    public int VertexCount => Positions.Length / 2;

    /// <inheritdoc/>
    public override bool ContentEquals(DisplayItem other) =>
        other is MeshItem m && Positions.AsSpan().SequenceEqual(m.Positions) && Colors.AsSpan().SequenceEqual(m.Colors)
        && OutlineEdges.AsSpan().SequenceEqual(m.OutlineEdges) && OutlineColors.AsSpan().SequenceEqual(m.OutlineColors)
        && (OutlineEdges is null) == (m.OutlineEdges is null);

    /// <inheritdoc/>
    public override void AppendHash(NonCryptographicHashAlgorithm hash)
    {
        hash.AppendInt32(4);
        hash.AppendFloats(Positions);
        hash.AppendFloats(Colors);
        hash.AppendFloats(OutlineEdges ?? []);
        hash.AppendFloats(OutlineColors ?? []);
    }

    /// <inheritdoc/>
    public override long EstimatedBytes =>
        ObjectBytes + sizeof(float) * (Positions.Length + Colors.Length + (OutlineEdges?.Length ?? 0) + (OutlineColors?.Length ?? 0));

    /// <inheritdoc/>
    public override void PaintOn(IDisplayItemPainter painter) => painter.Paint(this);

    internal override void Recycle(DisplayArrayPool pool)
    {
        pool.Return(Positions);
        pool.Return(Colors);
        pool.Return(OutlineEdges);
        pool.Return(OutlineColors);
    }
}
