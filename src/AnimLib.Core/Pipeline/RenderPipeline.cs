using System.Diagnostics;
using AnimLib.Display;
using AnimLib.Encoding;
using AnimLib.Rendering;
using AnimLib.Scenes;

namespace AnimLib.Pipeline;

/// <summary>
/// The one render pipeline. Every render, from the library (<c>SceneRenderer</c>) or the CLI, is a
/// <see cref="RenderJob"/> run here: a video (segments, the partial-movie cache, sections, sound, captions), a PNG
/// sequence, a still frame, or a dry run that only plays the scene's logic. Frames always go through one
/// <see cref="FrameStage"/> (de-duplicate, rasterize in parallel, recycle).
/// </summary>
public static partial class RenderPipeline
{
    /// <summary>Runs <paramref name="scene"/> as <paramref name="job"/> describes.</summary>
    /// <exception cref="ArgumentException">The output path cannot take the result (a folder, a wrong extension, ...).</exception>
    /// <exception cref="NotSupportedException">The format cannot hold what the job asks (transparency in MP4).</exception>
    /// <exception cref="SceneRenderException">The scene, a rasterizer or the encoder failed; names the animation.</exception>
    /// <exception cref="SceneHasNoFramesException">
    /// A video of a scene that never plays or waits, unless <see cref="RenderJob.StillWhenEmpty"/> says where its last frame goes.
    /// </exception>
    /// <exception cref="AnimationRangeException">The job's animation range is past the scene's end.</exception>
    /// <exception cref="OperationCanceledException">The job's cancellation token fired; no output file is left.</exception>
    public static RenderResult Run(Scene scene, RenderJob job)
    {
        ArgumentNullException.ThrowIfNull(scene);
        ArgumentNullException.ThrowIfNull(job);
        var clock = Stopwatch.StartNew();
        // Stills and dry runs see the same background as the video would.
        var settings = job.EffectiveSettings;
        if (job.DryRun) return DryRun(scene, job, settings, clock);
        if (job.Still is { } still) return RenderStill(scene, job, settings, still, clock);
        // Validates the format against the frames (alpha, even size) and the output path before any work.
        var video = job.Video;
        if (OutputTarget.FindProblem(job.OutputPath, job.Format) is { } problem) throw new ArgumentException(problem, nameof(job));
        RemoveStaleTempFiles(job);
        if (job.Format == OutputFormat.Png) return RenderPngSequence(scene, job, settings, clock);
        return EncodesInOnePiece(job)
            ? RenderDirect(scene, job, settings, video, clock)
            : RenderSegmented(scene, job, settings, video, clock);
    }

    /// <summary>Plays the scene's logic without building a frame: the animations, their frame counts and the duration.</summary>
    private static RenderResult DryRun(Scene scene, RenderJob job, SceneSettings settings, Stopwatch clock)
    {
        var output = new DryRunOutput();
        RunScene(scene, settings, output, null, job.Cancellation);
        return new RenderResult(job.OutputPath, output.FrameCount, 0, output.SegmentCount, scene.Time, clock.Elapsed)
        {
            Animations = output.Segments,
        };
    }

    /// <summary>
    /// Writes one frame as a PNG: the last one (the scene's state once <c>Construct</c> returns, so a scene with no
    /// animation works too), or the one shown at <see cref="StillFrame.At"/>. The duration of the result is the time at
    /// which a player shows that frame.
    /// </summary>
    private static RenderResult RenderStill(Scene scene, RenderJob job, SceneSettings settings, StillFrame still, Stopwatch clock)
    {
        if (OutputTarget.FindImageProblem(job.OutputPath) is { } problem) throw new ArgumentException(problem, nameof(job));
        FrameSnapshot snapshot;
        double shownAt;
        if (still.At is { } seconds)
        {
            var capture = new FrameAtOutput(seconds, settings.Fps);
            RunScene(scene, settings, capture, null, job.Cancellation);
            snapshot = capture.Captured ?? scene.TakeSnapshot();
            int frame = capture.Captured is null ? Math.Max(0, capture.FramesSeen - 1) : capture.TargetFrame;
            shownAt = frame / settings.Fps;
        }
        else
        {
            // No frame is built while the scene plays: only the last one is wanted.
            RunScene(scene, settings, new DryRunOutput(), null, job.Cancellation);
            snapshot = scene.TakeSnapshot();
            shownAt = scene.Time;
        }
        string path = SavePng(job, snapshot, job.OutputPath);
        return new RenderResult(path, 1, 1, scene.SegmentCount, shownAt, clock.Elapsed);
    }

    /// <summary>
    /// A video or PNG sequence of a scene that played nothing: its last frame as a PNG where
    /// <see cref="RenderJob.StillWhenEmpty"/> says (as Manim does), or <see cref="SceneHasNoFramesException"/> when it says nothing.
    /// </summary>
    private static RenderResult StillOfEmptyScene(Scene scene, RenderJob job, Stopwatch clock)
    {
        if (job.StillWhenEmpty is not { } target) throw new SceneHasNoFramesException(scene.GetType().Name);
        if (OutputTarget.FindImageProblem(target) is { } problem) throw new ArgumentException(problem, nameof(job));
        string path = SavePng(job, scene.TakeSnapshot(), target);
        return new RenderResult(path, 1, 1, 0, scene.Time, clock.Elapsed) { StillOfEmptyScene = true };
    }

    /// <summary>Rasterizes one snapshot and writes it as a PNG at <paramref name="target"/>; returns the full path.</summary>
    private static string SavePng(RenderJob job, FrameSnapshot snapshot, string target)
    {
        string path = Path.GetFullPath(target);
        SavePng(Paint(snapshot, job.CanvasFactory), path);
        return path;
    }

    /// <summary>Paints one snapshot into a new buffer, with a canvas from <paramref name="canvasFactory"/> or a Skia one.</summary>
    internal static FrameBuffer Paint(FrameSnapshot snapshot, Func<ICanvas>? canvasFactory = null)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        using var canvas = canvasFactory?.Invoke() ?? new SkiaCanvas();
        var buffer = new FrameBuffer(snapshot.PixelWidth, snapshot.PixelHeight);
        canvas.Render(snapshot, buffer);
        return buffer;
    }

    /// <summary>Writes a still: its folder is made, temporaries a stopped render left there are removed, then the PNG.</summary>
    internal static void SavePng(FrameBuffer buffer, string path)
    {
        string folder = Path.GetDirectoryName(Path.GetFullPath(path))!;
        Directory.CreateDirectory(folder);
        StaleTempFiles.Sweep(folder);
        PngFile.Save(buffer, path);
    }

    /// <summary>
    /// Removes what renders killed outright left where this one writes: pending segments in the cache, half-written
    /// outputs and section files beside the output. Files of renders still running are kept (<see cref="StaleTempFiles"/>).
    /// </summary>
    private static void RemoveStaleTempFiles(RenderJob job)
    {
        string output = Path.GetFullPath(job.OutputPath);
        string folder = Path.GetDirectoryName(output.TrimEnd(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar))!;
        int removed = StaleTempFiles.Sweep(folder) + StaleTempFiles.Sweep(Path.Combine(folder, "sections"));
        if (job.CacheDirectory is { } cache) removed += StaleTempFiles.Sweep(Path.GetFullPath(cache));
        if (removed > 0) job.Log?.Invoke($"Removed {removed} temporary file(s) left by a render that was stopped.");
    }

    /// <summary>
    /// A range that starts past the last animation is a mistake in the request, not an empty video. Nothing of it was
    /// included, so nothing was encoded. One that only ends past the last animation runs to the end, as without an end.
    /// </summary>
    private static void CheckRange(Scene scene, RenderJob job, FilteredOutput filter)
    {
        if (job.FromAnimation > 0 && job.FromAnimation >= filter.SegmentsSeen)
            throw new AnimationRangeException(scene.GetType().Name, job.FromAnimation, job.UpToAnimation, filter.SegmentsSeen);
        if (job.UpToAnimation is { } last && last >= filter.SegmentsSeen)
            job.Log?.Invoke($"{scene.GetType().Name} has {filter.SegmentsSeen} animation(s): the range ends at animation {filter.SegmentsSeen - 1}, not {last}.");
    }

    private static bool InSkippedSection(Scene scene, int segmentIndex) =>
        scene.Sections.LastOrDefault(s => s.FirstSegment <= segmentIndex)?.SkipAnimations ?? false;

    /// <summary>Runs the scene, turning its failures into <see cref="SceneRenderException"/>s that name the animation.</summary>
    private static void RunScene(Scene scene, SceneSettings settings, ISceneOutput output, FilteredOutput? tracker,
        CancellationToken cancellation)
    {
        try
        {
            // The scene checks the token every frame, also where no frame is built (a dry run, skipped animations).
            scene.Run(settings, output, cancellation);
        }
        catch (RenderStoppedException)
        {
            // The output has all it asked for (end of a range, a captured still).
        }
        catch (SegmentEncodingException e)
        {
            // An earlier segment, encoded in the background, failed: name that one, not the one the scene had reached.
            throw new SceneRenderException(scene.GetType().Name, e.Segment.Index, e.Segment.Name, e.InnerException ?? e);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            int index = scene.SegmentCount;
            string? name = tracker?.LastBegun is { } last && last.Index == index ? last.Name : null;
            throw new SceneRenderException(scene.GetType().Name, index, name, e);
        }
    }
}
