using AnimLib.Display;

namespace AnimLib.Bench;

/// <summary>Keeps every snapshot a scene emits.</summary>
internal sealed class SnapshotCollector : ISceneOutput
{
    public List<FrameSnapshot> Frames { get; } = [];

    public void BeginSegment(SegmentInfo segment)
    {
    }

    public void AddFrame(FrameSnapshot snapshot) => Frames.Add(snapshot);

    public void EndSegment()
    {
    }
}
