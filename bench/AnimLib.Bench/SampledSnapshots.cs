using AnimLib.Display;

namespace AnimLib.Bench;

/// <summary>Keeps every <c>step</c>-th snapshot a scene emits, so a long scene's frames can be painted again without holding them all.</summary>
internal sealed class SampledSnapshots(int step) : ISceneOutput
{
    private int _index;

    public List<FrameSnapshot> Frames { get; } = [];

    public void BeginSegment(SegmentInfo segment)
    {
    }

    public void AddFrame(FrameSnapshot snapshot)
    {
        if (_index++ % step == 0) Frames.Add(snapshot);
    }

    public void EndSegment()
    {
    }
}
