using AnimLib.Display;

namespace AnimLib.Scenes;

/// <summary>Discards frames but counts them: for dry runs and still images (the scene logic runs in full).</summary>
public sealed class NullOutput : ISceneOutput
{
    /// <summary>Frames produced.</summary>
    public int FrameCount { get; private set; }

    /// <summary>Segments (plays and waits) produced.</summary>
    public int SegmentCount { get; private set; }

    /// <inheritdoc/>
    public void BeginSegment(SegmentInfo segment) => SegmentCount++;

    /// <inheritdoc/>
    public void AddFrame(FrameSnapshot snapshot) => FrameCount++;

    /// <inheritdoc/>
    public void EndSegment()
    {
    }
}
