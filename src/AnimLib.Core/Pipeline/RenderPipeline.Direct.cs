using System.Diagnostics;
using AnimLib.Encoding;
using AnimLib.Scenes;

namespace AnimLib.Pipeline;

// A video that nothing caches: every frame goes through one frame stage into one ffmpeg, started before the scene plays.
public static partial class RenderPipeline
{
    /// <summary>
    /// Encodes the whole video in one piece: one ffmpeg for all of it, no segment files and no join (sounds, if any, are
    /// mixed in by one stream-copying pass afterwards). The frames are those of a segmented render; the bytes are not, since
    /// the encoder runs across animation boundaries instead of starting again at each.
    /// </summary>
    /// <remarks>
    /// At 480p a reference scene encodes in a few tenths of a second, about what starting an ffmpeg process costs, so a
    /// segmented render's extra processes (one per batch of animations, the join) doubled the time of a cacheless render.
    /// ffmpeg is started before the scene's <c>Construct</c> runs, so its start-up overlaps the scene logic.
    /// </remarks>
    private static RenderResult RenderDirect(Scene scene, RenderJob job, SceneSettings settings, VideoSettings video, Stopwatch clock)
    {
        string output = Path.GetFullPath(job.OutputPath);
        // The sink publishes to this hidden name (after checking what ffmpeg wrote); it becomes the output once the scene
        // has finished and, where the scene has sounds, they are mixed in.
        string encoded = TempFiles.Beside(output);
        try
        {
            using var sink = new FfmpegVideoSink(encoded, video);
            using var frames = new FrameStageOutput(sink, job.Jobs, job.CanvasFactory);
            var progress = new ProgressForwarder(frames, job.Progress, job.Cancellation);
            var filter = new FilteredOutput(progress, s => s.Index >= job.FromAnimation && !InSkippedSection(scene, s.Index), job.UpToAnimation);
            long sceneStart = Stopwatch.GetTimestamp();
            RunScene(scene, settings, filter, filter, job.Cancellation);
            var sceneThread = Stopwatch.GetElapsedTime(sceneStart);
            job.Cancellation.ThrowIfCancellationRequested();
            CheckRange(scene, job, filter);
            try
            {
                frames.Complete();
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                var last = filter.Included.Count > 0 ? filter.Included[^1] : null;
                throw new SceneRenderException(scene.GetType().Name, last?.Index ?? 0, last?.Name, e);
            }
            var stage = frames.Stage;
            if (stage.FramesWritten == 0)
            {
                // Disposing the sink without completing it stops ffmpeg and leaves no file.
                if (filter.SegmentsSeen == 0) return StillOfEmptyScene(scene, job, clock);
                if (job.FromAnimation == 0 && job.UpToAnimation is null) throw new SceneHasNoFramesException(scene.GetType().Name);
                throw new InvalidOperationException(
                    $"Scene {scene.GetType().Name} has no frames in animations {job.FromAnimation}..{job.UpToAnimation?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "end"} (it has {filter.SegmentsSeen}).");
            }
            sink.Complete();

            var timeline = new Timeline(filter.Included, settings.Fps);
            var sounds = SoundsOf(scene, job, timeline);
            int frameCount = stage.FramesWritten;
            if (sounds.Count > 0) VideoAssembler.Join([encoded], output, job.Format, sounds, timeline.Duration, job.Cancellation, frameCount);
            else File.Move(encoded, output, overwrite: true);
            string? srt = WriteCaptions(scene, timeline, output);

            var times = stage.Times;
            times.Snapshot = scene.SnapshotTime;
            times.SceneLogic = sceneThread - scene.SnapshotTime - times.Compare - times.Backpressure;
            return new RenderResult(output, frameCount, stage.FramesRasterized, filter.SegmentsSeen, timeline.Duration, clock.Elapsed)
            {
                SegmentsEncoded = filter.Included.Count(s => s.FrameCount > 0),
                Times = times,
                SubtitlePath = srt,
            };
        }
        finally
        {
            TempFiles.TryDelete(encoded);
        }
    }
}
