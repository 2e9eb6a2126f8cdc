using AnimLib.Display;
using AnimLib.Scenes;

namespace AnimLib.Pipeline;

/// <summary>
/// Reports progress (<see cref="IRenderProgress"/>: segment started, frames done, segment finished) for outputs that
/// write frames as the scene plays (a PNG sequence, frames into a caller's sink), and stops them when cancelled.
/// Segmented videos report from their encoding thread instead.
/// </summary>
internal sealed class ProgressForwarder(ISceneOutput inner, IRenderProgress? progress, CancellationToken cancellation) : ISceneOutput
{
    private int _frames;
    private SegmentInfo? _segment;

    public void BeginSegment(SegmentInfo segment)
    {
        cancellation.ThrowIfCancellationRequested();
        _segment = segment;
        _frames = 0;
        progress?.SegmentStarted(segment);
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
