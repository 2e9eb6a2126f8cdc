using System.Diagnostics;
using AnimLib.Rendering;
using AnimLib.Rendering.Cairo;

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
    public static RenderResult RenderVideo(Scene scene, SceneSettings settings, string outputPath, VideoSettings? video = null,
        Action<SegmentInfo>? segmentStarted = null)
    {
        var clock = Stopwatch.StartNew();
        video ??= new VideoSettings(settings.PixelWidth, settings.PixelHeight, settings.Fps);
        using var canvas = new CairoCanvas();
        using var sink = new FfmpegVideoSink(outputPath, video);
        using var output = new RasterOutput(canvas, sink) { SegmentStarted = segmentStarted };
        scene.Run(settings, output);
        if (output.FramesWritten == 0)
            throw new InvalidOperationException($"Scene {scene.GetType().Name} produced no frames: call Play(...) or Wait() in Construct(), or render a still with --last-frame.");
        sink.Complete();
        return new RenderResult(outputPath, output.FramesWritten, output.FramesRasterized, scene.SegmentCount, scene.Time, clock.Elapsed);
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
        PngCodec.Save(buffer, outputPath);
        return new RenderResult(outputPath, 1, 1, counter.SegmentCount, scene.Time, clock.Elapsed);
    }

    /// <summary>Rasterizes one snapshot into a new buffer.</summary>
    public static FrameBuffer RenderSnapshot(FrameSnapshot snapshot)
    {
        using var canvas = new CairoCanvas();
        var buffer = new FrameBuffer(snapshot.PixelWidth, snapshot.PixelHeight);
        canvas.Render(snapshot, buffer);
        return buffer;
    }
}
