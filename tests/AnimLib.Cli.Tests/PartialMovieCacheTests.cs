using AnimLib.Output;

namespace AnimLib.Cli.Tests;

/// <summary>The cache's caps (--max-files-cached, --max-cache-size) and least-recently-used order.</summary>
public sealed class PartialMovieCacheTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("animlib-lru-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string Add(PartialMovieCache cache, string key, int bytes, int minutesAgo)
    {
        string path = cache.PathFor(key, ".mp4");
        File.WriteAllBytes(path, new byte[bytes]);
        File.SetLastWriteTimeUtc(path, DateTime.UtcNow.AddMinutes(-minutesAgo));
        return path;
    }

    [Fact]
    public void SizeCapEvictsOldestFirstAndKeepsFilesInUse()
    {
        var cache = new PartialMovieCache(_dir, maxFiles: 0, maxBytes: 2500);
        Add(cache, "a", 1000, 30);
        string b = Add(cache, "b", 1000, 20);
        Add(cache, "c", 1000, 10);
        string d = Add(cache, "d", 1000, 0);
        // 4000 bytes over a 2500 cap: a goes, b is in use and stays, so c goes too.
        Assert.Equal(2, cache.Evict([b, d]));
        Assert.Equal(["b.mp4", "d.mp4"], Directory.GetFiles(_dir).Select(Path.GetFileName).Order());
    }

    [Fact]
    public void AHitRefreshesTheUseTime()
    {
        var cache = new PartialMovieCache(_dir, maxFiles: 2);
        Add(cache, "old", 10, 60);
        Add(cache, "mid", 10, 30);
        Add(cache, "new", 10, 0);
        Assert.True(cache.TryGet("old", ".mp4", out _));
        Assert.Equal(1, cache.Evict([]));
        Assert.False(File.Exists(cache.PathFor("mid", ".mp4")));
        Assert.False(cache.TryGet("missing", ".mp4", out _));
    }

    [Fact]
    public void CliSizeFlagIsInMebibytes()
    {
        var errors = new List<string>();
        var resolved = Cli.ResolvedSettings.Resolve(Cli.ConfigLocations.None, new Dictionary<string, string> { ["maxCacheSize"] = "3" }, errors)!;
        Assert.Equal(3L * 1024 * 1024, Cli.RenderPlan.Create(new Cli.RenderRequest("X"), resolved, errors)!.MaxCacheBytes);
    }
}
