using System.Diagnostics;
using AnimLib.Display;
using AnimLib.Encoding;
using AnimLib.Pipeline;
using AnimLib.Rendering;
using AnimLib.Scenes;

namespace AnimLib.Output;

/// <summary>What a render produced.</summary>
/// <param name="OutputPath">The file written.</param>
/// <param name="Frames">Frames written (1 for a still).</param>
/// <param name="FramesRasterized">Frames actually rasterized (identical consecutive frames are reused).</param>
/// <param name="Segments">Plays and waits in the scene.</param>
/// <param name="Duration">Video length in seconds.</param>
/// <param name="WallTime">Time the render took.</param>
public sealed record RenderResult(string OutputPath, int Frames, int FramesRasterized, int Segments, double Duration, TimeSpan WallTime)
{
    /// <summary>Where the time went, stage by stage (null for a still).</summary>
    public RenderStageTimes? Times { get; init; }

    /// <summary>Segments rasterized and encoded by this render (the partial-movie cache supplied the rest).</summary>
    public int SegmentsEncoded { get; init; }

    /// <summary>Segments whose video was reused from the partial-movie cache.</summary>
    public int SegmentsFromCache { get; init; }

    /// <summary>The <c>.srt</c> file written beside the video, if the scene has subcaptions.</summary>
    public string? SubtitlePath { get; init; }

    /// <summary>The JSON index of the section videos (<c>--save-sections</c>).</summary>
    public string? SectionIndexPath { get; init; }

    /// <summary>The section videos written (<c>--save-sections</c>).</summary>
    public IReadOnlyList<SectionFile> Sections { get; init; } = [];
}

/// <summary>Renders a scene end to end: to an mp4 through ffmpeg, or to a PNG of its last frame.</summary>
public static partial class SceneRenderer
{
    /// <summary>
    /// Runs the scene and encodes every frame into <paramref name="outputPath"/> (written under a temporary name and
    /// moved into place only when complete, so a failed render never replaces a good file).
    /// </summary>
    /// <param name="scene">The scene to run.</param>
    /// <param name="settings">Resolution, frame rate, background.</param>
    /// <param name="outputPath">Video file to write.</param>
    /// <param name="video">Encoder settings (from <paramref name="settings"/> with libx264 defaults when null).</param>
    /// <param name="segmentStarted">Called as each segment starts (progress).</param>
    /// <param name="jobs">Rasterizing threads: 1 renders on the scene thread, 0 or less uses one per processor (see <see cref="RenderFrames"/>).</param>
    public static RenderResult RenderVideo(Scene scene, SceneSettings settings, string outputPath, VideoSettings? video = null,
        Action<SegmentInfo>? segmentStarted = null, int jobs = 0)
    {
        var clock = Stopwatch.StartNew();
        video ??= new VideoSettings(settings.PixelWidth, settings.PixelHeight, settings.Fps);
        using var sink = new FfmpegVideoSink(outputPath, video);
        var (frames, rasterized, times) = RenderFrames(scene, settings, sink, jobs, segmentStarted);
        return new RenderResult(outputPath, frames, rasterized, scene.SegmentCount, scene.Time, clock.Elapsed) { Times = times };
    }

    /// <summary>
    /// Runs the scene and hands every frame, in order, to <paramref name="sink"/>, then completes the sink.
    /// With <paramref name="jobs"/> = 1 each frame is rasterized on the scene thread (<see cref="RasterOutput"/>);
    /// otherwise the render is pipelined (<see cref="ParallelRasterOutput"/>) with that many rasterizing threads, or
    /// one per processor when <paramref name="jobs"/> is 0 or less. Both write exactly the same pixels.
    /// </summary>
    /// <returns>Frames written, frames actually rasterized, and where the time went.</returns>
    /// <exception cref="InvalidOperationException">The scene produced no frames.</exception>
    public static (int Frames, int Rasterized, RenderStageTimes Times) RenderFrames(Scene scene, SceneSettings settings,
        IFrameSink sink, int jobs = 0, Action<SegmentInfo>? segmentStarted = null)
    {
        ArgumentNullException.ThrowIfNull(scene);
        ArgumentNullException.ThrowIfNull(sink);
        var timedSink = new TimedFrameSink(sink);
        long start = Stopwatch.GetTimestamp();
        int frames, rasterized;
        RenderStageTimes times;
        TimeSpan sceneThread;
        if (jobs == 1)
        {
            using var canvas = new TimedCanvas(new SkiaCanvas());
            using var output = new RasterOutput(canvas, timedSink) { SegmentStarted = segmentStarted, RecycleSnapshots = true };
            scene.Run(settings, output);
            (frames, rasterized) = (output.FramesWritten, output.FramesRasterized);
            times = new RenderStageTimes { Rasterize = canvas.Elapsed };
            // Rasterizing and writing happen on the scene thread here, so they are not scene logic.
            sceneThread = Stopwatch.GetElapsedTime(start) - canvas.Elapsed - timedSink.Elapsed;
        }
        else
        {
            using var output = new ParallelRasterOutput(timedSink, jobs) { SegmentStarted = segmentStarted, RecycleSnapshots = true };
            scene.Run(settings, output);
            sceneThread = Stopwatch.GetElapsedTime(start);
            output.Complete();
            (frames, rasterized) = (output.FramesWritten, output.FramesRasterized);
            times = output.Times;
            sceneThread -= times.Backpressure;
        }
        if (frames == 0)
            throw new SceneHasNoFramesException(scene.GetType().Name);
        timedSink.Complete();
        times.Snapshot = scene.SnapshotTime;
        times.SceneLogic = sceneThread - scene.SnapshotTime - times.Compare;
        times.EncoderWait = timedSink.Elapsed;
        return (frames, rasterized, times);
    }

    /// <summary>Runs the scene logic without rasterizing, then writes the final state as a PNG.</summary>
    public static RenderResult RenderLastFrame(Scene scene, SceneSettings settings, string outputPath)
    {
        var clock = Stopwatch.StartNew();
        var counter = new NullOutput();
        scene.Run(settings, counter);
        var buffer = RenderSnapshot(scene.TakeSnapshot());
        var directory = Path.GetDirectoryName(Path.GetFullPath(outputPath));
        if (!string.IsNullOrEmpty(directory)) Directory.CreateDirectory(directory);
        PngFile.Save(buffer, outputPath);
        return new RenderResult(outputPath, 1, 1, counter.SegmentCount, scene.Time, clock.Elapsed);
    }

    /// <summary>Rasterizes one snapshot into a new buffer.</summary>
    public static FrameBuffer RenderSnapshot(FrameSnapshot snapshot)
    {
        using var canvas = new SkiaCanvas();
        var buffer = new FrameBuffer(snapshot.PixelWidth, snapshot.PixelHeight);
        canvas.Render(snapshot, buffer);
        return buffer;
    }
}
