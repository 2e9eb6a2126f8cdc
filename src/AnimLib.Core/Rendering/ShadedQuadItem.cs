namespace AnimLib.Rendering;

/// <summary>
/// A quadrilateral whose colour varies smoothly between its four corners (one quad of a shaded surface): the colours
/// are blended across the quad (a cairo mesh gradient), so neighbouring quads that share corner colours join without
/// visible facets.
/// </summary>
public sealed class ShadedQuadItem : DisplayItem
{
    /// <summary>The four corners in pixels (x, y each), in order around the quad.</summary>
    public required float[] Corners { get; init; }

    /// <summary>Straight RGBA colours of the four corners (four floats each).</summary>
    public required float[] Colors { get; init; }

    /// <summary>Width in pixels of an outline in the average colour that hides hairline seams between neighbouring quads (0 for none).</summary>
    public float SeamWidth { get; init; }

    /// <inheritdoc/>
    public override bool ContentEquals(DisplayItem other) =>
        other is ShadedQuadItem q && SeamWidth == q.SeamWidth && Corners.AsSpan().SequenceEqual(q.Corners) && Colors.AsSpan().SequenceEqual(q.Colors);
}
