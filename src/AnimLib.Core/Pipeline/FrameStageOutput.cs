using AnimLib.Display;
using AnimLib.Rendering;
using AnimLib.Scenes;

namespace AnimLib.Pipeline;

/// <summary>
/// A scene output that sends every frame through a <see cref="FrameStage"/> into a sink, for the renders that are not
/// cut into segments: a PNG sequence, or frames straight into a sink of the caller's (progress: <see cref="ProgressForwarder"/>).
/// </summary>
internal sealed class FrameStageOutput : ISceneOutput, IDisposable
{
    /// <summary>Creates the output around a frame stage of <paramref name="workers"/> rasterizing threads (0: one per core).</summary>
    public FrameStageOutput(IFrameSink sink, int workers = 0, Func<ICanvas>? canvasFactory = null)
    {
        Stage = new FrameStage(sink, workers, canvasFactory) { RecycleSnapshots = true };
    }

    /// <summary>The frame stage (frame counts, stage times).</summary>
    public FrameStage Stage { get; }

    /// <inheritdoc/>
    public void BeginSegment(SegmentInfo segment)
    {
    }

    /// <inheritdoc/>
    public void AddFrame(FrameSnapshot snapshot) => Stage.Add(snapshot);

    /// <inheritdoc/>
    public void EndSegment()
    {
    }

    /// <summary>Waits until every frame reached the sink.</summary>
    public void Complete() => Stage.Complete();

    /// <inheritdoc/>
    public void Dispose() => Stage.Dispose();
}
