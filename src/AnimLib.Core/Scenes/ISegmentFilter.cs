namespace AnimLib.Scenes;

/// <summary>
/// Implemented by an <see cref="ISceneOutput"/> that does not need the frames of every segment (a render of a range of
/// animations, a still at one time, a dry run). The scene then skips building those frames' display lists.
/// </summary>
public interface ISegmentFilter
{
    /// <summary>
    /// Asked before <see cref="ISceneOutput.BeginSegment"/>. When false, <see cref="ISceneOutput.AddFrame"/> is not called
    /// for this segment (the scene logic, updaters included, still runs in full).
    /// </summary>
    bool WantsFrames(SegmentInfo segment);
}
