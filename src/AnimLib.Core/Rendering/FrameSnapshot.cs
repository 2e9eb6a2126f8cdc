namespace AnimLib.Rendering;

/// <summary>
/// The immutable display list of one frame: everything the rasterizer needs, and nothing that
/// references a live mobject, so the scene may move on while the frame is rasterized.
/// </summary>
public sealed class FrameSnapshot
{
    /// <summary>Frame width in pixels.</summary>
    public required int PixelWidth { get; init; }

    /// <summary>Frame height in pixels.</summary>
    public required int PixelHeight { get; init; }

    /// <summary>Colour the frame is cleared to before any item is painted.</summary>
    public Rgba Background { get; init; } = Rgba.Black;

    /// <summary>Items in painting order (first is painted first, i.e. furthest back).</summary>
    public required IReadOnlyList<DisplayItem> Items { get; init; }

    /// <summary>True when both snapshots would rasterize to the same pixels (same size, background and items).</summary>
    public bool ContentEquals(FrameSnapshot? other)
    {
        if (other is null) return false;
        if (ReferenceEquals(this, other)) return true;
        if (PixelWidth != other.PixelWidth || PixelHeight != other.PixelHeight || Background != other.Background) return false;
        if (Items.Count != other.Items.Count) return false;
        for (int i = 0; i < Items.Count; i++)
            if (!Items[i].ContentEquals(other.Items[i])) return false;
        return true;
    }
}
