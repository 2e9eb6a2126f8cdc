using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using System.Text;
using AnimLib.Encoding;
using AnimLib.Rendering;
using AnimLib.Scenes;

namespace AnimLib.Pipeline;

// A video: the scene's frames cut into segments (one per play or wait), each cached by what it draws, then joined;
// or, when nothing is cached, encoded in one piece (RenderPipeline.Direct.cs).
public static partial class RenderPipeline
{
    private static readonly JsonSerializerOptions IndexJson = new() { WriteIndented = true };

    /// <summary>
    /// Whether the job's video is encoded in one piece (<see cref="RenderDirect"/>): nothing is cached, so nothing needs
    /// segment files, and one ffmpeg with no join is what it costs. Sections need a file per section, GIF its palette passes
    /// over the whole video and shards the cache, so those go through segments.
    /// </summary>
    private static bool EncodesInOnePiece(RenderJob job) =>
        job.CacheDirectory is null && job.Shard is null && !job.SaveSections && job.Format != OutputFormat.Gif;

    /// <summary>The scene's sounds placed in the written video's time (GIF has none: they are left out with a note).</summary>
    private static List<SceneSound> SoundsOf(Scene scene, RenderJob job, Timeline timeline)
    {
        var sounds = scene.Sounds
            .Select(s => s with { StartTime = timeline.Map(s.StartTime) })
            .Where(s => s.StartTime < timeline.Duration)
            .ToList();
        if (sounds.Count > 0 && job.Format == OutputFormat.Gif)
        {
            job.Log?.Invoke($"GIF has no audio: {sounds.Count} sound(s) left out.");
            sounds.Clear();
        }
        return sounds;
    }

    /// <summary>Writes the scene's subcaptions, in the video's time, as an .srt beside <paramref name="output"/>; null when it has none.</summary>
    private static string? WriteCaptions(Scene scene, Timeline timeline, string output)
    {
        var captions = scene.Subcaptions
            .Select(c => c with { Start = timeline.Map(c.Start), End = Math.Min(timeline.Map(c.End), timeline.Duration) })
            .Where(c => c.End > c.Start)
            .ToList();
        if (captions.Count == 0) return null;
        string srt = Path.ChangeExtension(output, ".srt");
        SubtitleWriter.Save(captions, srt);
        return srt;
    }

    private static RenderResult RenderSegmented(Scene scene, RenderJob job, SceneSettings settings, VideoSettings video, Stopwatch clock)
    {
        string output = Path.GetFullPath(job.OutputPath);
        string extension = job.Format.SegmentExtension();
        bool caching = job.CacheDirectory is not null;
        // Without caching (sections, GIF) the segments still go through files, in a scratch folder removed afterwards.
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
                Jobs = job.Jobs,
                CanvasFactory = job.CanvasFactory,
                MemoryBudget = job.SegmentMemoryBudget,
            };
            if (job.Shard is not null && !caching)
                throw new InvalidOperationException("A sharded render writes into the partial-movie cache; it cannot run with caching disabled.");
            var dealer = job.Shard is { } spec ? new ShardDealer(spec) : null;
            var filter = new FilteredOutput(segments,
                s => s.Index >= job.FromAnimation && !InSkippedSection(scene, s.Index) && (dealer?.Owns(s) ?? true), job.UpToAnimation);
            long sceneStart = Stopwatch.GetTimestamp();
            RunScene(scene, settings, filter, filter, job.Cancellation);
            var sceneThread = Stopwatch.GetElapsedTime(sceneStart);
            job.Cancellation.ThrowIfCancellationRequested();
            CheckRange(scene, job, filter);
            CompleteEncoding(scene, segments);
            var times = StageTimes(scene, segments, sceneThread);
            if (job.Shard is { } shard)
            {
                // A shard only fills the cache; the plain render that follows all shards joins the segments.
                int shardFrames = segments.Segments.Sum(x => x.Frames);
                return new RenderResult(cache.Directory, shardFrames, segments.FramesRasterized, filter.Included.Count,
                    shardFrames / settings.Fps, clock.Elapsed)
                {
                    SegmentsEncoded = segments.SegmentsEncoded,
                    Times = times,
                    SegmentsFromCache = segments.SegmentsFromCache,
                };
            }

            var files = segments.Segments.Where(s => s.Path is not null).ToList();
            if (files.Count == 0)
            {
                if (filter.SegmentsSeen == 0) return StillOfEmptyScene(scene, job, clock);
                if (job.FromAnimation == 0 && job.UpToAnimation is null) throw new SceneHasNoFramesException(scene.GetType().Name);
                throw new InvalidOperationException(
                    $"Scene {scene.GetType().Name} has no frames in animations {job.FromAnimation}..{job.UpToAnimation?.ToString(CultureInfo.InvariantCulture) ?? "end"} (it has {filter.SegmentsSeen}).");
            }
            var timeline = new Timeline(filter.Included, settings.Fps);
            var sounds = SoundsOf(scene, job, timeline);
            int frames = files.Sum(f => f.Frames);
            long joinStart = Stopwatch.GetTimestamp();
            VideoAssembler.Join(files.Select(f => f.Path!).ToList(), output, job.Format, sounds, timeline.Duration, job.Cancellation, frames);
            times.Join = Stopwatch.GetElapsedTime(joinStart);
            string? srt = WriteCaptions(scene, timeline, output);

            IReadOnlyList<SectionFile> sections = [];
            string? index = null;
            if (job.SaveSections) (sections, index) = WriteSections(scene, job, output, files, timeline, sounds);

            if (caching)
            {
                int evicted = cache.Evict(files.Select(f => f.Path!).ToList());
                if (evicted > 0) job.Log?.Invoke($"Cache: evicted {evicted} least recently used segment(s).");
            }
            return new RenderResult(output, frames, segments.FramesRasterized, filter.SegmentsSeen, timeline.Duration, clock.Elapsed)
            {
                SegmentsEncoded = segments.SegmentsEncoded,
                Times = times,
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

    /// <summary>
    /// Where the time went: the segment stage's own split (comparing and keying snapshots, waiting for the encoder,
    /// rasterizing, writing to ffmpeg), the scene's snapshot time, and the rest of the scene thread as scene logic.
    /// </summary>
    private static RenderStageTimes StageTimes(Scene scene, SegmentedVideoOutput segments, TimeSpan sceneThread)
    {
        var times = segments.Times;
        times.Snapshot = scene.SnapshotTime;
        times.SceneLogic = sceneThread - scene.SnapshotTime - times.Compare - times.Backpressure;
        return times;
    }

    private static (IReadOnlyList<SectionFile>, string) WriteSections(Scene scene, RenderJob job, string output,
        IReadOnlyList<RenderedSegment> files, Timeline timeline, IReadOnlyList<SceneSound> sounds)
    {
        var sectionSounds = new SectionSounds(sounds);
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
            int frames = mine.Sum(f => f.Frames);
            double start = timeline.Map(mine[0].Info.StartTime), length = frames / job.Settings.Fps;
            VideoAssembler.Join(mine.Select(f => f.Path!).ToList(), Path.Combine(folder, name), job.Format,
                sectionSounds.Between(start, start + length), length, job.Cancellation, frames);
            result.Add(new SectionFile(all[i].Name, i, Math.Round(start, 6), Math.Round(length, 6), frames, name));
        }
        string index = Path.Combine(folder, stem + ".json");
        string temp = TempFiles.Beside(index);
        File.WriteAllText(temp, JsonSerializer.Serialize(result, IndexJson), new UTF8Encoding(false));
        File.Move(temp, index, overwrite: true);
        return (result, index);
    }

    private static string SafeName(string name)
    {
        var sb = new StringBuilder(name.Length);
        foreach (char c in name) sb.Append(char.IsLetterOrDigit(c) || c is '-' or '_' ? c : '_');
        return sb.ToString();
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
}
