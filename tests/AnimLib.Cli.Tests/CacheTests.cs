using AnimLib.Cli.Tests.Scenes;
using AnimLib.Cli.Tests.Support;
using AnimLib.Pipeline;

namespace AnimLib.Cli.Tests;

/// <summary>The partial-movie cache: hits encode nothing, edits re-encode one segment, output bytes never depend on the cache.</summary>
[Collection(EditableSceneCollection.Name)]
public sealed class CacheTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("animlib-cache-").FullName;

    public CacheTests() => EditableScene.Variant = 0;

    public void Dispose()
    {
        EditableScene.Variant = 0;
        Directory.Delete(_dir, recursive: true);
    }

    private string Media => Path.Combine(_dir, "media");

    private string CacheFolder => Path.Combine(Media, "videos", nameof(EditableScene), "90p10", "partial_movie_files");

    private (int Code, string Out, string Err) Render(string output, bool? disableCaching = null, string? maxFiles = null, bool flush = false) =>
        CliRunner.Render(new RenderRequest(nameof(EditableScene), Fps: "10", Output: output, MediaDir: Media)
        {
            Resolution = "160,90",
            DisableCaching = disableCaching,
            MaxFilesCached = maxFiles,
            FlushCache = flush,
        });

    private static (int Encoded, int Cached) Counts(string stdout)
    {
        var line = stdout.Split('\n').Single(l => l.StartsWith("Animations encoded:", StringComparison.Ordinal));
        var numbers = System.Text.RegularExpressions.Regex.Matches(line, @"\d+").Select(m => int.Parse(m.Value)).ToArray();
        return (numbers[0], numbers[1]);
    }

    [Fact]
    public void SecondRenderEncodesNothingAndIsByteIdentical()
    {
        string first = Path.Combine(_dir, "first.mp4");
        string second = Path.Combine(_dir, "second.mp4");
        string uncached = Path.Combine(_dir, "uncached.mp4");

        var r1 = Render(first);
        Assert.True(r1.Code == 0, r1.Err);
        Assert.Equal((4, 0), Counts(r1.Out));
        Assert.Equal(4, Directory.GetFiles(CacheFolder).Length);

        var r2 = Render(second);
        Assert.True(r2.Code == 0, r2.Err);
        Assert.Equal((0, 4), Counts(r2.Out));
        Assert.Contains("cached", r2.Out);
        Assert.Equal(File.ReadAllBytes(first), File.ReadAllBytes(second));

        // Without the cache the video is encoded in one piece: the same frames, each within encoding noise of the cached
        // render's (the encoder does not start again at each animation, so the bytes differ).
        var r3 = Render(uncached, disableCaching: true);
        Assert.True(r3.Code == 0, r3.Err);
        Assert.Equal((4, 0), Counts(r3.Out));
        var cachedFrames = FfTools.DecodeFrames(first, 160, 90);
        var uncachedFrames = FfTools.DecodeFrames(uncached, 160, 90);
        Assert.Equal(cachedFrames.Count, uncachedFrames.Count);
        for (int i = 0; i < cachedFrames.Count; i++)
            Assert.True(FfTools.MeanDifference(cachedFrames[i], uncachedFrames[i]) < 1.5, $"frame {i} differs beyond encoding noise");
        // The uncached render neither read nor added to the cache, and left no scratch file.
        Assert.Equal(4, Directory.GetFiles(CacheFolder).Length);
        Assert.Empty(Directory.GetFileSystemEntries(_dir, ".*"));
    }

    [Fact]
    public void ARenderWithAColdCacheIsByteIdenticalToOneThatReusesIt()
    {
        string warm = Path.Combine(_dir, "warm.mp4");
        Assert.Equal(0, Render(warm).Code);
        Assert.Equal((0, 4), Counts(Render(warm).Out));
        string cold = Path.Combine(_dir, "cold.mp4");
        var r = CliRunner.Render(new RenderRequest(nameof(EditableScene), Fps: "10", Output: cold, MediaDir: Path.Combine(_dir, "other-media"))
        {
            Resolution = "160,90",
        });
        Assert.True(r.Code == 0, r.Err);
        Assert.Equal((4, 0), Counts(r.Out));
        Assert.Equal(File.ReadAllBytes(warm), File.ReadAllBytes(cold));
    }

    [Fact]
    public void ChangingOneAnimationReencodesOnlyThatSegment()
    {
        string path = Path.Combine(_dir, "edit.mp4");
        Assert.Equal((4, 0), Counts(Render(path).Out));
        EditableScene.Variant = 1;
        var edited = Render(path);
        Assert.True(edited.Code == 0, edited.Err);
        // Segment 2 moved the circle further; segment 3 starts from there, so its frames changed too.
        Assert.Equal((2, 2), Counts(edited.Out));
        Assert.Equal(20, VideoProbe.Of(path).Frames);

        // A render of the edited scene with an empty cache writes the very same bytes.
        string fresh = Path.Combine(_dir, "fresh.mp4");
        var cold = CliRunner.Render(new RenderRequest(nameof(EditableScene), Fps: "10", Output: fresh, MediaDir: Path.Combine(_dir, "fresh-media"))
        {
            Resolution = "160,90",
        });
        Assert.True(cold.Code == 0, cold.Err);
        Assert.Equal((4, 0), Counts(cold.Out));
        Assert.Equal(File.ReadAllBytes(fresh), File.ReadAllBytes(path));
    }

    [Fact]
    public void CacheCapEvictsLeastRecentlyUsedSegments()
    {
        string path = Path.Combine(_dir, "cap.mp4");
        Assert.Equal(0, Render(path).Code);
        var before = Directory.GetFiles(CacheFolder).ToHashSet();
        Thread.Sleep(20);
        EditableScene.Variant = 1;
        var r = Render(path, maxFiles: "4");
        Assert.True(r.Code == 0, r.Err);
        var after = Directory.GetFiles(CacheFolder).ToHashSet();
        Assert.Equal(4, after.Count);
        // The two segments the edit made obsolete went first; the two still in use stayed.
        Assert.Equal(2, before.Intersect(after).Count());
    }

    [Fact]
    public void FlushCacheEmptiesTheCacheFirst()
    {
        string path = Path.Combine(_dir, "flush.mp4");
        Assert.Equal(0, Render(path).Code);
        var r = Render(path, flush: true);
        Assert.Equal((4, 0), Counts(r.Out));
        Assert.Contains("Flushed 4 cached segment(s)", r.Out);
    }

    [Fact]
    public void SegmentsOverTheMemoryBudgetAreCachedInPiecesThatASecondRenderReuses()
    {
        string normal = Path.Combine(_dir, "normal.mp4");
        string cut = Path.Combine(_dir, "cut.mp4");
        string again = Path.Combine(_dir, "again.mp4");
        string cache = Path.Combine(_dir, "piece-cache");
        var settings = new SceneSettings(160, 90, 10);
        var plain = SceneRenderer.Render(new EditableScene(), new RenderJob(settings, normal) { CacheDirectory = Path.Combine(_dir, "plain-cache") });
        Assert.Equal(4, Directory.GetFiles(Path.Combine(_dir, "plain-cache")).Count(f => f.EndsWith(".mp4", StringComparison.Ordinal)));

        // A budget of one byte cuts every segment after each frame: pieces of one frame, the same frames sharing a file.
        var job = new RenderJob(settings, cut) { CacheDirectory = cache, SegmentMemoryBudget = 1 };
        var first = SceneRenderer.Render(new EditableScene(), job);
        Assert.Equal((4, 0), (first.SegmentsEncoded, first.SegmentsFromCache));
        Assert.Equal(plain.Frames, first.Frames);
        var pieces = Directory.GetFiles(cache).Where(f => f.EndsWith(".mp4", StringComparison.Ordinal)).ToList();
        Assert.True(pieces.Count > 4, $"expected the segments cut into more than 4 pieces, found {pieces.Count}");
        Assert.Empty(Directory.GetFiles(cache, ".pending*"));
        // The pieces joined show the frames of the render that held each segment whole, within encoding noise.
        var wholeFrames = FfTools.DecodeFrames(normal, 160, 90);
        var cutFrames = FfTools.DecodeFrames(cut, 160, 90);
        Assert.Equal(wholeFrames.Count, cutFrames.Count);
        for (int i = 0; i < wholeFrames.Count; i++)
            Assert.True(FfTools.MeanDifference(wholeFrames[i], cutFrames[i]) < 1.5, $"frame {i} differs beyond encoding noise");

        // The cuts fall on the same frames every time, so a second render finds every piece and encodes nothing.
        var second = SceneRenderer.Render(new EditableScene(), job with { OutputPath = again });
        Assert.Equal((0, 4), (second.SegmentsEncoded, second.SegmentsFromCache));
        Assert.Equal(0, second.FramesRasterized);
        Assert.Equal(File.ReadAllBytes(cut), File.ReadAllBytes(again));
        Assert.Equal(pieces.Count, Directory.GetFiles(cache).Count(f => f.EndsWith(".mp4", StringComparison.Ordinal)));
    }
}
