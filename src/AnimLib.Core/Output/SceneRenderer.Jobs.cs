using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using System.Text;
using AnimLib.Display;
using AnimLib.Encoding;
using AnimLib.Mobjects;
using AnimLib.Pipeline;
using AnimLib.Rendering;
using AnimLib.Scenes;

namespace AnimLib.Output;

// The full render pipeline behind `animlib render`: formats, the partial-movie cache, ranges, sections, sound, captions.
public static partial class SceneRenderer
{
    private static readonly JsonSerializerOptions IndexJson = new() { WriteIndented = true };

    /// <summary>
    /// Renders <paramref name="scene"/> as <paramref name="job"/> says. Segmented formats (mp4, mov, webm, gif) encode each
    /// play and wait into the partial-movie cache (or reuse it) and join the segments without re-encoding; a PNG sequence
    /// is written frame by frame. Nothing at the output path changes unless the render succeeds.
    /// </summary>
    /// <exception cref="ArgumentException">The output path cannot take the format (<see cref="OutputTarget.FindProblem"/>); nothing was rendered.</exception>
    /// <exception cref="AnimationRangeException">The range starts past the scene's last animation; nothing was encoded.</exception>
    /// <exception cref="SceneRenderException">The scene threw, or encoding one of its segments failed.</exception>
    /// <exception cref="FfmpegException">Joining, mixing or the GIF passes failed.</exception>
    /// <exception cref="OperationCanceledException">The job was cancelled.</exception>
    public static RenderResult Render(Scene scene, RenderJob job)
    {
        ArgumentNullException.ThrowIfNull(scene);
        ArgumentNullException.ThrowIfNull(job);
        var clock = Stopwatch.StartNew();
        var settings = job.EffectiveSettings;
        // Validates the format against the frames (alpha, even size) and the output path before any work.
        var video = job.Video;
        if (OutputTarget.FindProblem(job.OutputPath, job.Format) is { } problem) throw new ArgumentException(problem, nameof(job));
        RemoveStaleTempFiles(job);
        return job.Format == OutputFormat.Png
            ? RenderPngSequence(scene, job, settings, clock)
            : RenderSegmented(scene, job, settings, video, clock);
    }

    /// <summary>Runs the scene logic only, building no frame: how many animations, frames and seconds it has.</summary>
    /// <exception cref="OperationCanceledException"><paramref name="cancellation"/> was cancelled (it is checked every frame).</exception>
    public static DryRunOutput DryRun(Scene scene, SceneSettings settings, CancellationToken cancellation = default)
    {
        var output = new DryRunOutput();
        RunScene(scene, settings, output, null, cancellation);
        return output;
    }

    /// <summary>
    /// Writes the frame a player shows at <paramref name="seconds"/> (frame ⌊t·fps⌋) as a PNG; times past the end give the
    /// last frame. Only the animation holding that frame builds display lists, and the scene stops there.
    /// </summary>
    /// <exception cref="OperationCanceledException"><paramref name="cancellation"/> was cancelled (it is checked every frame).</exception>
    public static RenderResult RenderFrameAt(Scene scene, SceneSettings settings, double seconds, string outputPath,
        CancellationToken cancellation = default)
    {
        var clock = Stopwatch.StartNew();
        var capture = new FrameAtOutput(seconds, settings.Fps);
        RunScene(scene, settings, capture, null, cancellation);
        var snapshot = capture.Captured ?? scene.TakeSnapshot();
        var buffer = RenderSnapshot(snapshot);
        SavePng(buffer, outputPath);
        int frame = capture.Captured is null ? Math.Max(0, capture.FramesSeen - 1) : capture.TargetFrame;
        // Duration is the time at which a player shows the frame, the time that was asked for.
        return new RenderResult(outputPath, 1, 1, scene.SegmentCount, frame / settings.Fps, clock.Elapsed);
    }

    /// <summary>
    /// Writes a PNG through a temporary name, so a failure leaves an earlier image in place; first removes what a killed
    /// render left in that folder.
    /// </summary>
    public static void SavePng(FrameBuffer buffer, string outputPath)
    {
        StaleTempFiles.Sweep(Path.GetDirectoryName(Path.GetFullPath(outputPath))!);
        PngFile.Save(buffer, outputPath);
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

    private static RenderResult RenderSegmented(Scene scene, RenderJob job, SceneSettings settings, VideoSettings video, Stopwatch clock)
    {
        string output = Path.GetFullPath(job.OutputPath);
        string extension = job.Format.SegmentExtension();
        bool caching = job.CacheDirectory is not null;
        // Without caching the segments still go through files, so both paths produce the very same bytes.
        string cacheDir = job.CacheDirectory ?? TempFiles.Beside(output, ".segments");
        var cache = new PartialMovieCache(cacheDir, job.MaxFilesCached, job.MaxCacheBytes);
        SegmentedVideoOutput? segments = null;
        // Renders sharing the cache folder (shards, CI jobs) see this render running and evict none of what it uses.
        using var lease = caching ? CacheLease.Take(cache.Directory) : null;
        cache.Lease = lease;
        try
        {
            if (caching && job.FlushCache)
                job.Log?.Invoke($"Flushed {cache.Flush()} cached segment(s) from {cache.Directory}");
            segments = new SegmentedVideoOutput(video, extension, cache, lookUp: caching)
            {
                Progress = job.Progress,
                Warning = job.Warning,
                Cancellation = job.Cancellation,
                RasterOutputFactory = job.RasterOutputFactory
                                      ?? (job.Jobs == 1 ? null : sink => new ParallelRasterOutput(sink, job.Jobs) { RecycleSnapshots = true }),
                MemoryBudget = job.SegmentMemoryBudget,
            };
            if (job.Shard is not null && !caching)
                throw new InvalidOperationException("A sharded render writes into the partial-movie cache; it cannot run with caching disabled.");
            var filter = new FilteredOutput(segments,
                s => s.Index >= job.FromAnimation && !InSkippedSection(scene, s.Index) && (job.Shard?.Owns(s.Index) ?? true), job.UpToAnimation);
            RunScene(scene, settings, filter, filter, job.Cancellation);
            job.Cancellation.ThrowIfCancellationRequested();
            CheckRange(scene, job, filter);
            CompleteEncoding(scene, segments);
            if (job.Shard is { } shard)
            {
                // A shard only fills the cache; the plain render that follows all shards joins the segments.
                int shardFrames = segments.Segments.Sum(x => x.Info.FrameCount);
                return new RenderResult(cache.Directory, shardFrames, segments.FramesRasterized, filter.Included.Count,
                    shardFrames / settings.Fps, clock.Elapsed)
                {
                    SegmentsEncoded = segments.SegmentsEncoded,
                    SegmentsFromCache = segments.Segments.Count(x => x.FromCache),
                };
            }

            var files = segments.Segments.Where(s => s.Path is not null).ToList();
            if (files.Count == 0)
            {
                if (job.FromAnimation == 0 && job.UpToAnimation is null) throw new SceneHasNoFramesException(scene.GetType().Name);
                throw new InvalidOperationException(
                    $"Scene {scene.GetType().Name} has no frames in animations {job.FromAnimation}..{job.UpToAnimation?.ToString(CultureInfo.InvariantCulture) ?? "end"} (it has {filter.SegmentsSeen}).");
            }
            var timeline = new Timeline(filter.Included, settings.Fps);
            var sounds = scene.Sounds
                .Select(s => s with { StartTime = timeline.Map(s.StartTime) })
                .Where(s => s.StartTime < timeline.Duration)
                .ToList();
            if (sounds.Count > 0 && job.Format == OutputFormat.Gif)
            {
                job.Log?.Invoke($"GIF has no audio: {sounds.Count} sound(s) left out.");
                sounds.Clear();
            }
            int frames = files.Sum(f => f.Info.FrameCount);
            VideoAssembler.Join(files.Select(f => f.Path!).ToList(), output, job.Format, sounds, timeline.Duration, job.Cancellation, frames);

            string? srt = null;
            var captions = scene.Subcaptions
                .Select(c => c with { Start = timeline.Map(c.Start), End = Math.Min(timeline.Map(c.End), timeline.Duration) })
                .Where(c => c.End > c.Start)
                .ToList();
            if (captions.Count > 0)
            {
                srt = Path.ChangeExtension(output, ".srt");
                SubtitleWriter.Save(captions, srt);
            }

            IReadOnlyList<SectionFile> sections = [];
            string? index = null;
            if (job.SaveSections) (sections, index) = WriteSections(scene, job, output, files, timeline);

            if (caching)
            {
                int evicted = cache.Evict(files.Select(f => f.Path!).ToList());
                if (evicted > 0) job.Log?.Invoke($"Cache: evicted {evicted} least recently used segment(s).");
            }
            return new RenderResult(output, frames, segments.FramesRasterized, filter.SegmentsSeen, timeline.Duration, clock.Elapsed)
            {
                SegmentsEncoded = segments.SegmentsEncoded,
                SegmentsFromCache = segments.SegmentsFromCache,
                SubtitlePath = srt,
                SectionIndexPath = index,
                Sections = sections,
            };
        }
        finally
        {
            // After a failure an encode may still be open; its partial file must not outlive the render.
            segments?.Dispose();
            if (!caching) TempFiles.TryDelete(cacheDir);
        }
    }

    private static (IReadOnlyList<SectionFile>, string) WriteSections(Scene scene, RenderJob job, string output,
        IReadOnlyList<RenderedSegment> files, Timeline timeline)
    {
        string folder = Path.Combine(Path.GetDirectoryName(output)!, "sections");
        Directory.CreateDirectory(folder);
        string stem = Path.GetFileNameWithoutExtension(output);
        var all = scene.Sections;
        var result = new List<SectionFile>();
        for (int i = 0; i < all.Count; i++)
        {
            int first = all[i].FirstSegment;
            int end = i + 1 < all.Count ? all[i + 1].FirstSegment : int.MaxValue;
            var mine = files.Where(f => f.Info.Index >= first && f.Info.Index < end).ToList();
            if (mine.Count == 0) continue;
            string name = $"{stem}_{i.ToString("0000", CultureInfo.InvariantCulture)}_{SafeName(all[i].Name)}{job.Format.Extension()}";
            int frames = mine.Sum(f => f.Info.FrameCount);
            VideoAssembler.Join(mine.Select(f => f.Path!).ToList(), Path.Combine(folder, name), job.Format,
                duration: frames / job.Settings.Fps, cancellation: job.Cancellation, frames: frames);
            result.Add(new SectionFile(all[i].Name, i, Math.Round(timeline.Map(mine[0].Info.StartTime), 6),
                Math.Round(frames / job.Settings.Fps, 6), frames, name));
        }
        string index = Path.Combine(folder, stem + ".json");
        string temp = TempFiles.Beside(index);
        File.WriteAllText(temp, JsonSerializer.Serialize(result, IndexJson), new UTF8Encoding(false));
        File.Move(temp, index, overwrite: true);
        return (result, index);
    }

    private static RenderResult RenderPngSequence(Scene scene, RenderJob job, SceneSettings settings, Stopwatch clock)
    {
        using var canvas = new SkiaCanvas();
        using var sink = new PngSequenceSink(job.OutputPath, scene.GetType().Name);
        var raster = new RasterOutput(canvas, sink)
        {
            RecycleSnapshots = true,
            SegmentStarted = s =>
            {
                job.Cancellation.ThrowIfCancellationRequested();
                job.Progress?.SegmentStarted(s);
            },
        };
        using (raster)
        {
            var progress = new ProgressForwarder(raster, job.Progress, job.Cancellation);
            var filter = new FilteredOutput(progress, s => s.Index >= job.FromAnimation && !InSkippedSection(scene, s.Index), job.UpToAnimation);
            RunScene(scene, settings, filter, filter, job.Cancellation);
            CheckRange(scene, job, filter);
            if (sink.FramesWritten == 0) throw new InvalidOperationException($"Scene {scene.GetType().Name} produced no frames to write as PNG files.");
            sink.Complete();
            return new RenderResult(Path.GetFullPath(job.OutputPath), sink.FramesWritten, raster.FramesRasterized, filter.SegmentsSeen,
                sink.FramesWritten / settings.Fps, clock.Elapsed) { SegmentsEncoded = filter.Included.Count };
        }
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

    private static string SafeName(string name)
    {
        var sb = new StringBuilder(name.Length);
        foreach (char c in name) sb.Append(char.IsLetterOrDigit(c) || c is '-' or '_' ? c : '_');
        return sb.ToString();
    }

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

    /// <summary>Waits for the segments still being encoded in the background; a failure names its segment.</summary>
    private static void CompleteEncoding(Scene scene, SegmentedVideoOutput segments)
    {
        try
        {
            segments.Complete();
        }
        catch (SegmentEncodingException e)
        {
            throw new SceneRenderException(scene.GetType().Name, e.Segment.Index, e.Segment.Name, e.InnerException ?? e);
        }
    }

    /// <summary>Maps scene time to the time of the written video, which leaves out skipped animations.</summary>
    private sealed class Timeline
    {
        private readonly List<(double SceneStart, double SceneEnd, double OutStart)> _parts = [];

        public Timeline(IReadOnlyList<SegmentInfo> included, double fps)
        {
            double t = 0;
            foreach (var s in included)
            {
                double length = s.FrameCount / fps;
                _parts.Add((s.StartTime, s.StartTime + length, t));
                t += length;
            }
            Duration = t;
        }

        public double Duration { get; }

        public double Map(double sceneTime)
        {
            foreach (var (start, end, outStart) in _parts)
            {
                if (sceneTime < start) return outStart;
                if (sceneTime <= end + 1e-9) return outStart + (sceneTime - start);
            }
            return Duration;
        }
    }

    /// <summary>Reports per-segment frame progress for the frame-by-frame PNG path.</summary>
    private sealed class ProgressForwarder(ISceneOutput inner, IRenderProgress? progress, CancellationToken cancellation) : ISceneOutput
    {
        private int _frames;
        private SegmentInfo? _segment;

        public void BeginSegment(SegmentInfo segment)
        {
            _segment = segment;
            _frames = 0;
            inner.BeginSegment(segment);
        }

        public void AddFrame(FrameSnapshot snapshot)
        {
            cancellation.ThrowIfCancellationRequested();
            inner.AddFrame(snapshot);
            progress?.FramesDone(++_frames);
        }

        public void EndSegment()
        {
            inner.EndSegment();
            if (_segment is not null) progress?.SegmentFinished(_segment, fromCache: false);
        }
    }
}
