using AnimLib.Display;
using AnimLib.Scenes;

namespace AnimLib.Pipeline;

/// <summary>
/// Captures the display list of the video frame shown at one time (<c>--frame-at</c>): frame ⌊t·fps⌋ counted from 0,
/// the frame a player shows at <c>t</c>. Only the segment holding that frame builds display lists, and the scene run ends
/// once it is captured.
/// </summary>
internal sealed class FrameAtOutput : ISceneOutput, ISegmentFilter
{
    private readonly int _target;
    private int _framesBefore;
    private int _inSegment;
    private int _segmentFrames;

    /// <summary>Creates the capture for time <paramref name="seconds"/> at <paramref name="fps"/>.</summary>
    public FrameAtOutput(double seconds, double fps)
    {
        if (!(seconds >= 0) || !double.IsFinite(seconds)) throw new ArgumentOutOfRangeException(nameof(seconds), seconds, "The time of a still must be zero or more seconds.");
        // The tolerance keeps 1.5 s at 30 fps on frame 45 despite binary rounding.
        _target = (int)Math.Floor(seconds * fps + 1e-6);
    }

    /// <summary>Index of the wanted frame in the whole video.</summary>
    public int TargetFrame => _target;

    /// <summary>The captured display list, or null when the scene ended before that frame.</summary>
    public FrameSnapshot? Captured { get; private set; }

    /// <summary>Frames the scene produced up to the capture (the total when it ended first).</summary>
    public int FramesSeen => _framesBefore;

    /// <inheritdoc/>
    public bool WantsFrames(SegmentInfo segment) => _target >= _framesBefore && _target < _framesBefore + segment.FrameCount;

    /// <inheritdoc/>
    public void BeginSegment(SegmentInfo segment)
    {
        _inSegment = 0;
        _segmentFrames = segment.FrameCount;
    }

    /// <inheritdoc/>
    public void AddFrame(FrameSnapshot snapshot)
    {
        if (_framesBefore + _inSegment == _target)
        {
            Captured = snapshot;
            throw new RenderStoppedException();
        }
        _inSegment++;
    }

    /// <inheritdoc/>
    // Frames of skipped segments were never added, so the count advances by what the segment announced.
    public void EndSegment() => _framesBefore += _segmentFrames;
}
