using System.IO.Hashing;

namespace AnimLib.Display;

/// <summary>
/// One entry of a frame's display list, already projected to pixel space: a vector path (<see cref="VectorItem"/>),
/// a cloud of discs (<see cref="DotCloudItem"/>), a bitmap (<see cref="ImageItem"/>) or a triangle mesh
/// (<see cref="MeshItem"/>).
/// </summary>
/// <remarks>
/// Items are immutable and hold no reference to live mobjects. Each kind answers for itself everything that the
/// pipeline asks of an item (equality, cache key, memory, recycling, painting), so a new kind is one subclass here and
/// one method of <see cref="IDisplayItemPainter"/>, with no switch over kinds to extend elsewhere.
/// </remarks>
public abstract class DisplayItem
{
    /// <summary>What an item costs in <see cref="EstimatedBytes"/> besides its arrays: the object and its array headers.</summary>
    protected const long ObjectBytes = 96;

    /// <summary>True when both items paint exactly the same thing (used to skip rasterizing a repeated frame).</summary>
    public abstract bool ContentEquals(DisplayItem other);

    /// <summary>
    /// Appends everything that decides the item's pixels to <paramref name="hash"/> (the partial-movie cache key),
    /// starting with a number of its own kind so that two kinds never hash alike: 1 vector paths, 2 dot clouds,
    /// 3 images, 4 meshes; a new kind takes the next. The bytes are part of every cache key, so a kind that changes
    /// them invalidates existing caches.
    /// </summary>
    public abstract void AppendHash(NonCryptographicHashAlgorithm hash);

    /// <summary>
    /// Roughly how much memory the item holds while its frame waits to be encoded: its own arrays and headers, not data
    /// shared between frames (a bitmap). Used to bound how many frames are kept.
    /// </summary>
    public abstract long EstimatedBytes { get; }

    /// <summary>Paints the item by calling <paramref name="painter"/>'s method for this kind.</summary>
    public abstract void PaintOn(IDisplayItemPainter painter);

    /// <summary>
    /// Returns the item's arrays to <paramref name="pool"/> once its frame is rasterized and no longer compared. Only
    /// the frame's owner calls it (see <see cref="FrameSnapshot.Recycle"/>); kinds without pooled arrays do nothing.
    /// </summary>
    internal virtual void Recycle(DisplayArrayPool pool)
    {
    }
}
