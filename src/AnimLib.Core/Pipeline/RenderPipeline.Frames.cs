using System.Diagnostics;
using AnimLib.Encoding;
using AnimLib.Rendering;
using AnimLib.Scenes;

namespace AnimLib.Pipeline;

// Renders that are not cut into segments: a PNG sequence, and frames into a sink of the caller's.
public static partial class RenderPipeline
{
    /// <summary>
    /// Plays the scene and sends every frame, in order, through a <see cref="FrameStage"/> into <paramref name="sink"/>
    /// and completes it (the caller disposes it): for a sink of one's own, or to measure the frame stage alone.
    /// </summary>
    /// <param name="scene">The scene to run.</param>
    /// <param name="settings">Resolution, frame rate, background.</param>
    /// <param name="sink">Where the frames go, in order.</param>
    /// <param name="jobs">Rasterizing threads (0: one per core).</param>
    /// <param name="segmentStarted">Called on the scene thread as each play or wait starts.</param>
    /// <exception cref="SceneHasNoFramesException">The scene never plays or waits.</exception>
    public static (int Frames, int Rasterized, RenderStageTimes Times) RenderFrames(Scene scene, SceneSettings settings,
        IFrameSink sink, int jobs = 0, Action<SegmentInfo>? segmentStarted = null)
    {
        ArgumentNullException.ThrowIfNull(scene);
        ArgumentNullException.ThrowIfNull(sink);
        long start = Stopwatch.GetTimestamp();
        using var output = new FrameStageOutput(sink, jobs);
        var progress = segmentStarted is null ? null : new SegmentStartedProgress(segmentStarted);
        scene.Run(settings, new ProgressForwarder(output, progress, CancellationToken.None));
        var sceneThread = Stopwatch.GetElapsedTime(start);
        output.Complete();
        var stage = output.Stage;
        if (stage.FramesWritten == 0) throw new SceneHasNoFramesException(scene.GetType().Name);
        sink.Complete();
        var times = stage.Times;
        times.Snapshot = scene.SnapshotTime;
        times.SceneLogic = sceneThread - times.Backpressure - scene.SnapshotTime - times.Compare;
        return (stage.FramesWritten, stage.FramesRasterized, times);
    }

    private static RenderResult RenderPngSequence(Scene scene, RenderJob job, SceneSettings settings, Stopwatch clock)
    {
        using var sink = new PngSequenceSink(job.OutputPath, scene.GetType().Name);
        using var frames = new FrameStageOutput(sink, job.Jobs, job.CanvasFactory);
        var progress = new ProgressForwarder(frames, job.Progress, job.Cancellation);
        var filter = new FilteredOutput(progress, s => s.Index >= job.FromAnimation && !InSkippedSection(scene, s.Index), job.UpToAnimation);
        RunScene(scene, settings, filter, filter, job.Cancellation);
        CheckRange(scene, job, filter);
        frames.Complete();
        if (sink.FramesWritten == 0)
        {
            // The sink is disposed without completing, so no empty folder is left where the sequence would go.
            if (filter.SegmentsSeen == 0) return StillOfEmptyScene(scene, job, clock);
            throw new SceneHasNoFramesException(scene.GetType().Name);
        }
        sink.Complete();
        return new RenderResult(Path.GetFullPath(job.OutputPath), sink.FramesWritten, frames.Stage.FramesRasterized, filter.SegmentsSeen,
            sink.FramesWritten / settings.Fps, clock.Elapsed) { SegmentsEncoded = filter.Included.Count, Times = frames.Stage.Times };
    }
}
