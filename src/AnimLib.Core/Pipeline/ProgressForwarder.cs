using AnimLib.Display;
using AnimLib.Scenes;

namespace AnimLib.Pipeline;

/// <summary>Reports per-segment frame progress for the frame-by-frame PNG path.</summary>
internal sealed class ProgressForwarder(ISceneOutput inner, IRenderProgress? progress, CancellationToken cancellation) : ISceneOutput
{
    private int _frames;
    private SegmentInfo? _segment;

    public void BeginSegment(SegmentInfo segment)
    {
        _segment = segment;
        _frames = 0;
        inner.BeginSegment(segment);
    }

    public void AddFrame(FrameSnapshot snapshot)
    {
        cancellation.ThrowIfCancellationRequested();
        inner.AddFrame(snapshot);
        progress?.FramesDone(++_frames);
    }

    public void EndSegment()
    {
        inner.EndSegment();
        if (_segment is not null) progress?.SegmentFinished(_segment, fromCache: false);
    }
}
