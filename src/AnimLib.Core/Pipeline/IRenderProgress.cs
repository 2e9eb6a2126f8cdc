using AnimLib.Scenes;

namespace AnimLib.Pipeline;

/// <summary>Receives progress of a render, segment by segment (the CLI shows bars or log lines).</summary>
public interface IRenderProgress
{
    /// <summary>A segment's frames are about to be rasterized and encoded.</summary>
    void SegmentStarted(SegmentInfo segment);

    /// <summary><paramref name="framesDone"/> of the current segment's frames are done.</summary>
    void FramesDone(int framesDone);

    /// <summary>The segment is done; <paramref name="fromCache"/> when its video was reused from the partial-movie cache.</summary>
    void SegmentFinished(SegmentInfo segment, bool fromCache);
}
