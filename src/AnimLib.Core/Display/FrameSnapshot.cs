namespace AnimLib.Display;

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

    /// <summary>Where the items' arrays came from, when they are to be recycled after the frame is rasterized.</summary>
    internal DisplayArrayPool? Pool { get; init; }

    private int _recycled;

    /// <summary>True once <see cref="Recycle"/> has handed the arrays back: the snapshot must not be read any more.</summary>
    internal bool IsRecycled => Volatile.Read(ref _recycled) != 0;

    /// <summary>
    /// Returns the items' arrays to the pool they were rented from. Only the last holder of the snapshot may call this
    /// (the output that owns it, once the pixels are painted); later calls do nothing.
    /// </summary>
    internal void Recycle()
    {
        if (Pool is not { } pool || Interlocked.Exchange(ref _recycled, 1) != 0) return;
        foreach (var item in Items) item.Recycle(pool);
    }

    /// <summary>Throws when the snapshot's arrays were recycled: reading them now would show another frame's points.</summary>
    internal void EnsureReadable()
    {
        if (IsRecycled)
            throw new InvalidOperationException("This frame snapshot was recycled after rasterizing; its arrays now belong to a later frame.");
    }

    /// <summary>
    /// Roughly how much memory the snapshot holds while it waits to be encoded (its items' arrays; shared bitmaps are not
    /// counted), to bound how many frames are kept.
    /// </summary>
    public long EstimatedBytes
    {
        get
        {
            long bytes = 64; // the snapshot and its item list
            foreach (var item in Items) bytes += item.EstimatedBytes;
            return bytes;
        }
    }

    /// <summary>True when both snapshots would rasterize to the same pixels (same size, background and items).</summary>
    public bool ContentEquals(FrameSnapshot? other)
    {
        if (other is null) return false;
        if (ReferenceEquals(this, other)) return true;
        EnsureReadable();
        other.EnsureReadable();
        if (PixelWidth != other.PixelWidth || PixelHeight != other.PixelHeight || Background != other.Background) return false;
        if (Items.Count != other.Items.Count) return false;
        for (int i = 0; i < Items.Count; i++)
            if (!Items[i].ContentEquals(other.Items[i])) return false;
        return true;
    }
}
