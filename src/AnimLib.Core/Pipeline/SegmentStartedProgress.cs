using AnimLib.Scenes;

namespace AnimLib.Pipeline;

/// <summary>Progress that only reports the start of each segment, to a callback (the library's simple overloads).</summary>
internal sealed class SegmentStartedProgress(Action<SegmentInfo> started) : IRenderProgress
{
    public void SegmentStarted(SegmentInfo segment) => started(segment);

    public void FramesDone(int framesDone)
    {
    }

    public void SegmentFinished(SegmentInfo segment, bool fromCache)
    {
    }
}
