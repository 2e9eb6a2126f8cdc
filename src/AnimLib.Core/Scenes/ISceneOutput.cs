using AnimLib.Display;

namespace AnimLib.Scenes;

/// <summary>Describes one segment of a scene's timeline: a single <c>Play</c> or <c>Wait</c>.</summary>
/// <param name="Index">Zero-based position among the scene's segments.</param>
/// <param name="Name">A readable name, e.g. <c>Transform(Square)</c> or <c>Wait(1)</c>.</param>
/// <param name="FrameCount">Frames the segment will emit.</param>
/// <param name="StartTime">Scene time (seconds) at which the segment starts.</param>
public sealed record SegmentInfo(int Index, string Name, int FrameCount, double StartTime);

/// <summary>
/// Receives the frames a scene produces, segment by segment. Implementations rasterize and encode
/// (video), collect snapshots (tests, dry runs), or cache per segment.
/// </summary>
public interface ISceneOutput
{
    /// <summary>A segment starts; <see cref="AddFrame"/> follows <see cref="SegmentInfo.FrameCount"/> times.</summary>
    void BeginSegment(SegmentInfo segment);

    /// <summary>The next frame's display list.</summary>
    void AddFrame(FrameSnapshot snapshot);

    /// <summary>The current segment is complete.</summary>
    void EndSegment();
}
