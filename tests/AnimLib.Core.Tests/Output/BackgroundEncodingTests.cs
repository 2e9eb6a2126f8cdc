using AnimLib.Core.Tests.Support;
using AnimLib.Display;
using AnimLib.Encoding;
using AnimLib.Pipeline;
using AnimLib.Rendering;
using static AnimLib.Anim;

namespace AnimLib.Core.Tests.Output;

/// <summary>Segments are encoded on a background thread while the scene plays on; failures and files stay in order.</summary>
public sealed class BackgroundEncodingTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("animlib-bg-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static void FourPlays(LambdaScene s)
    {
        var square = new Square(2, Palette.Blue, fillOpacity: 0.5);
        s.Play(FadeIn(square), runTime: 0.4);
        s.Play(square.Animate().Shift(Directions.Right), runTime: 0.4);
        s.Play(square.Animate().Scale(0.5), runTime: 0.4);
        s.Play(FadeOut(square), runTime: 0.4);
    }

    private RenderJob Job(string name, Func<ICanvas>? canvases = null) =>
        new(new SceneSettings(160, 90, 15), Path.Combine(_dir, name))
        {
            CacheDirectory = Path.Combine(_dir, "cache"),
            Jobs = 2,
            CanvasFactory = canvases,
        };

    [Fact]
    public void FailureWhileEncodingAnEarlierSegment_NamesThatSegment_AndLeavesNoFiles()
    {
        // The rasterizer fails on the ninth frame it paints, the third of animation 1 (animation 0 has six), while the
        // scene has already moved on.
        var painted = new PaintCounter(failAt: 9);
        var job = Job("fail.mp4", () => new FailingCanvas(painted));

        var error = Assert.Throws<SceneRenderException>(() => SceneRenderer.Render(new LambdaScene(FourPlays), job));

        Assert.Equal(1, error.AnimationIndex);
        Assert.Contains("animation 1", error.Message, StringComparison.Ordinal);
        Assert.Contains("disk full", error.Message, StringComparison.Ordinal);
        Assert.False(File.Exists(job.OutputPath));
        // No pending or partial segment file outlives the render (animation 0's finished segment may stay cached).
        Assert.DoesNotContain(Directory.GetFiles(job.CacheDirectory!), f => Path.GetFileName(f).StartsWith('.'));
        Assert.True(Directory.GetFiles(job.CacheDirectory!).Length <= 1);
    }

    [Fact]
    public void SegmentFiles_AreAllWritten_InOrder_WithProgressInOrder()
    {
        var progress = new RecordingProgress();
        var job = Job("ok.mp4") with { Progress = progress };

        var result = SceneRenderer.Render(new LambdaScene(FourPlays), job);

        Assert.Equal(4, result.SegmentsEncoded);
        Assert.Equal(24, result.Frames); // 4 × 6 frames at 15 fps
        Assert.True(new FileInfo(job.OutputPath).Length > 0);
        Assert.Equal(["start 0", "end 0", "start 1", "end 1", "start 2", "end 2", "start 3", "end 3"], progress.Events);
        // Only finished segments (named by their key) remain in the cache: the encoder started ahead was stopped.
        var files = Directory.GetFiles(job.CacheDirectory!).Select(Path.GetFileName).ToList();
        Assert.Equal(4, files.Count);
        Assert.DoesNotContain(files, f => f!.StartsWith('.'));

        // A second render finds all four in the cache and reports them in order too.
        var again = new RecordingProgress();
        var cached = SceneRenderer.Render(new LambdaScene(FourPlays), job with { Progress = again });
        Assert.Equal(0, cached.SegmentsEncoded);
        Assert.Equal(4, cached.SegmentsFromCache);
        Assert.Equal(["cached 0", "cached 1", "cached 2", "cached 3"], again.Events);
    }

    [Fact]
    public void ASegmentCutIntoPieces_IsReportedOnce_WithItsFramesCountedAcrossThePieces()
    {
        // A budget this small cuts every animation into pieces of a frame or two; progress still sees four segments.
        var progress = new RecordingProgress();
        var job = Job("pieces.mp4") with { Progress = progress, SegmentMemoryBudget = 1 };

        var result = SceneRenderer.Render(new LambdaScene(FourPlays), job);

        Assert.Equal((4, 0), (result.SegmentsEncoded, result.SegmentsFromCache));
        Assert.Equal(24, result.Frames);
        Assert.Equal(["start 0", "end 0", "start 1", "end 1", "start 2", "end 2", "start 3", "end 3"], progress.Events);
        // Frames done count on from piece to piece and end at the segment's six.
        Assert.Equal([1, 2, 3, 4, 5, 6], progress.FramesOf(0));
        Assert.Equal([1, 2, 3, 4, 5, 6], progress.FramesOf(3));
        Assert.True(Directory.GetFiles(job.CacheDirectory!).Length > 4);

        var again = new RecordingProgress();
        var cached = SceneRenderer.Render(new LambdaScene(FourPlays), job with { Progress = again });
        Assert.Equal((0, 4), (cached.SegmentsEncoded, cached.SegmentsFromCache));
        Assert.Equal(["cached 0", "cached 1", "cached 2", "cached 3"], again.Events);
    }

    [Fact]
    public void SectionsOfSegmentsCutIntoPieces_HoldEveryFrameOfTheirSegments()
    {
        var job = Job("sections.mp4") with { SegmentMemoryBudget = 1, SaveSections = true };
        var scene = new LambdaScene(s =>
        {
            s.NextSection("in");
            var square = new Square(2, Palette.Blue, fillOpacity: 0.5);
            s.Play(FadeIn(square), runTime: 0.4);
            s.Wait(0.4);
            s.NextSection("out");
            s.Play(FadeOut(square), runTime: 0.4);
        });

        var result = SceneRenderer.Render(scene, job);

        Assert.Equal(18, result.Frames);
        Assert.Equal(["in", "out"], result.Sections.Select(x => x.Name));
        Assert.Equal([12, 6], result.Sections.Select(x => x.Frames));
        string folder = Path.GetDirectoryName(result.SectionIndexPath)!;
        foreach (var section in result.Sections)
        {
            Assert.Null(IsoMediaFile.TryReadVideoTrack(Path.Combine(folder, section.File), out int samples, out _));
            Assert.Equal(section.Frames, samples);
        }
        Assert.Null(IsoMediaFile.TryReadVideoTrack(job.OutputPath, out int all, out _));
        Assert.Equal(18, all);
    }

    /// <summary>Counts frames painted by every canvas of a render.</summary>
    private sealed class PaintCounter(int failAt)
    {
        private int _painted;

        public bool Next() => Interlocked.Increment(ref _painted) == failAt;
    }

    /// <summary>A Skia canvas that fails like a full disk when the shared counter reaches its mark.</summary>
    private sealed class FailingCanvas(PaintCounter counter) : ICanvas
    {
        private readonly SkiaCanvas _inner = new();

        public void Render(FrameSnapshot snapshot, FrameBuffer target)
        {
            if (counter.Next()) throw new IOException("disk full");
            _inner.Render(snapshot, target);
        }

        public void Dispose() => _inner.Dispose();
    }

    private sealed class RecordingProgress : IRenderProgress
    {
        private readonly object _lock = new();

        private readonly Dictionary<int, List<int>> _frames = [];
        private int _current = -1;

        public List<string> Events { get; } = [];

        /// <summary>Every FramesDone value reported while segment <paramref name="index"/> was the one started.</summary>
        public List<int> FramesOf(int index)
        {
            lock (_lock) return _frames.TryGetValue(index, out var list) ? [.. list] : [];
        }

        public void SegmentStarted(SegmentInfo segment)
        {
            lock (_lock) _current = segment.Index;
            Add($"start {segment.Index}");
        }

        public void FramesDone(int framesDone)
        {
            lock (_lock)
            {
                if (!_frames.TryGetValue(_current, out var list)) _frames[_current] = list = [];
                list.Add(framesDone);
            }
        }

        public void SegmentFinished(SegmentInfo segment, bool fromCache) => Add($"{(fromCache ? "cached" : "end")} {segment.Index}");

        private void Add(string e)
        {
            lock (_lock) Events.Add(e);
        }
    }
}
