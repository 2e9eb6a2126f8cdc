using AnimLib.Display;
using AnimLib.Scenes;

namespace AnimLib.Pipeline;

/// <summary>Runs the scene logic only: counts segments and frames and builds no display list (<c>--dry-run</c>, stills of the last frame).</summary>
internal sealed class DryRunOutput : ISceneOutput, ISegmentFilter
{
    private readonly List<SegmentInfo> _segments = [];

    /// <summary>Every segment, in order.</summary>
    public IReadOnlyList<SegmentInfo> Segments => _segments;

    /// <summary>Frames the video would have.</summary>
    public int FrameCount => _segments.Sum(s => s.FrameCount);

    /// <summary>Segments (plays and waits).</summary>
    public int SegmentCount => _segments.Count;

    /// <inheritdoc/>
    public bool WantsFrames(SegmentInfo segment) => false;

    /// <inheritdoc/>
    public void BeginSegment(SegmentInfo segment) => _segments.Add(segment);

    /// <inheritdoc/>
    public void AddFrame(FrameSnapshot snapshot)
    {
    }

    /// <inheritdoc/>
    public void EndSegment()
    {
    }
}
