namespace AnimLib.Display;

/// <summary>
/// Paints display items, one method per kind: <see cref="DisplayItem.PaintOn"/> calls the method of the item's own kind,
/// so a canvas needs no switch over kinds, and a new kind is one more method here that every canvas implements.
/// </summary>
public interface IDisplayItemPainter
{
    /// <summary>Paints a vector path.</summary>
    void Paint(VectorItem item);

    /// <summary>Paints a cloud of dots.</summary>
    void Paint(DotCloudItem item);

    /// <summary>Paints a bitmap.</summary>
    void Paint(ImageItem item);

    /// <summary>Paints a triangle mesh.</summary>
    void Paint(MeshItem item);
}
