using AnimLib.Display;
using AnimLib.Encoding;
using AnimLib.Pipeline;
using AnimLib.Rendering;
using AnimLib.Scenes;

namespace AnimLib.Output;

/// <summary>
/// Renders scenes from code: a video, a still, a dry run. Each of these is a <see cref="RenderJob"/> run by the one
/// <see cref="RenderPipeline"/>, the same that <c>animlib render</c> runs, so a file written here is the file the CLI
/// writes for the same settings.
/// </summary>
public static class SceneRenderer
{
    /// <summary>
    /// Runs the scene and encodes every frame into <paramref name="outputPath"/> (written under a temporary name and
    /// moved into place only when complete, so a failed render never replaces a good file). The format follows the
    /// extension: .mp4, .mov, .webm or .gif.
    /// </summary>
    /// <param name="scene">The scene to run.</param>
    /// <param name="settings">Resolution, frame rate, background.</param>
    /// <param name="outputPath">Video file to write.</param>
    /// <param name="video">Encoder settings replacing those the format implies (libx264, CRF 18, preset medium for MP4).</param>
    /// <param name="segmentStarted">Called as each segment (a play or a wait) starts encoding (progress).</param>
    /// <param name="jobs">Rasterizing threads; 0 or less uses one per processor.</param>
    /// <exception cref="ArgumentException">The extension names no video format.</exception>
    public static RenderResult RenderVideo(Scene scene, SceneSettings settings, string outputPath, VideoSettings? video = null,
        Action<SegmentInfo>? segmentStarted = null, int jobs = 0)
    {
        ArgumentException.ThrowIfNullOrEmpty(outputPath);
        string extension = Path.GetExtension(outputPath).TrimStart('.');
        if (!OutputFormats.TryParse(extension, out var format) || format == OutputFormat.Png)
            throw new ArgumentException(
                $"{outputPath}: a video needs the extension .mp4, .mov, .webm or .gif (got '{Path.GetExtension(outputPath)}').", nameof(outputPath));
        return Render(scene, new RenderJob(settings, outputPath)
        {
            Format = format,
            Encoder = video,
            Jobs = Math.Max(jobs, 0),
            Progress = segmentStarted is null ? null : new SegmentStartedProgress(segmentStarted),
        });
    }

    /// <summary>Runs <paramref name="scene"/> as <paramref name="job"/> describes (see <see cref="RenderPipeline.Run"/>).</summary>
    public static RenderResult Render(Scene scene, RenderJob job) => RenderPipeline.Run(scene, job);

    /// <summary>
    /// Runs the scene and hands every frame, in order, through the frame stage to <paramref name="sink"/>, then
    /// completes the sink (see <see cref="RenderPipeline.RenderFrames"/>).
    /// </summary>
    /// <returns>Frames written, frames actually rasterized, and where the time went.</returns>
    public static (int Frames, int Rasterized, RenderStageTimes Times) RenderFrames(Scene scene, SceneSettings settings,
        IFrameSink sink, int jobs = 0, Action<SegmentInfo>? segmentStarted = null) =>
        RenderPipeline.RenderFrames(scene, settings, sink, jobs, segmentStarted);

    /// <summary>Runs the scene logic without rasterizing, then writes the final state as a PNG.</summary>
    public static RenderResult RenderLastFrame(Scene scene, SceneSettings settings, string outputPath) =>
        Render(scene, new RenderJob(settings, outputPath) { Still = StillFrame.Last });

    /// <summary>
    /// Writes the frame shown at <paramref name="seconds"/> as a PNG (the last frame when the scene is shorter); only
    /// that frame is rasterized. The result's duration is the time at which a player shows the frame.
    /// </summary>
    public static RenderResult RenderFrameAt(Scene scene, SceneSettings settings, double seconds, string outputPath,
        CancellationToken cancellation = default) =>
        Render(scene, new RenderJob(settings, outputPath) { Still = StillFrame.AtTime(seconds), Cancellation = cancellation });

    /// <summary>
    /// Plays the scene's logic without building or rasterizing a frame: its animations (<see cref="RenderResult.Animations"/>),
    /// frame count and duration. Writes nothing.
    /// </summary>
    public static RenderResult DryRun(Scene scene, SceneSettings settings, CancellationToken cancellation = default) =>
        Render(scene, new RenderJob(settings, "") { DryRun = true, Cancellation = cancellation });

    /// <summary>Rasterizes one snapshot into a new buffer.</summary>
    public static FrameBuffer RenderSnapshot(FrameSnapshot snapshot) => RenderPipeline.Paint(snapshot);

    /// <summary>Writes <paramref name="buffer"/> as a PNG, under a temporary name first, removing temporaries left by a stopped render.</summary>
    public static void SavePng(FrameBuffer buffer, string outputPath) => RenderPipeline.SavePng(buffer, outputPath);
}
