namespace AnimLib.Display;

/// <summary>
/// One entry of a frame's display list, already projected to pixel space: a vector path (<see cref="VectorItem"/>),
/// a cloud of discs (<see cref="DotCloudItem"/>) or a bitmap (<see cref="ImageItem"/>).
/// </summary>
/// <remarks>Items are immutable and hold no reference to live mobjects.</remarks>
public abstract class DisplayItem
{
    /// <summary>True when both items paint exactly the same thing (used to skip rasterizing a repeated frame).</summary>
    public abstract bool ContentEquals(DisplayItem other);
}
