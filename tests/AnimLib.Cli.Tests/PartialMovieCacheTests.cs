using AnimLib.Pipeline;

namespace AnimLib.Cli.Tests;

/// <summary>The cache's caps (--max-files-cached, --max-cache-size) and least-recently-used order.</summary>
public sealed class PartialMovieCacheTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("animlib-lru-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string Add(PartialMovieCache cache, string key, int bytes, int minutesAgo)
    {
        string file = Path.Combine(_dir, "encoded-" + key);
        File.WriteAllBytes(file, new byte[bytes]);
        string path = cache.Add(key, ".mp4", file, frames: 5);
        File.SetLastWriteTimeUtc(path, DateTime.UtcNow.AddMinutes(-minutesAgo));
        return path;
    }

    private static string[] Entries(string dir) => Directory.GetFiles(dir).Select(f => Path.GetFileName(f)!).Order().ToArray();

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
        Assert.Equal(["b.mp4", "d.mp4"], Entries(_dir));
        // The evicted entries' checksum records went with them.
        Assert.Equal(["b.mp4.json", "d.mp4.json"], Entries(Path.Combine(_dir, CacheEntryRecord.FolderName)));
    }

    [Fact]
    public void AHitRefreshesTheUseTime()
    {
        var cache = new PartialMovieCache(_dir, maxFiles: 2);
        Add(cache, "old", 10, 60);
        Add(cache, "mid", 10, 30);
        Add(cache, "new", 10, 0);
        Assert.True(cache.TryGet("old", ".mp4", 5, out _, out var rejected));
        Assert.Null(rejected);
        Assert.Equal(1, cache.Evict([]));
        Assert.False(File.Exists(cache.PathFor("mid", ".mp4")));
        Assert.False(cache.TryGet("missing", ".mp4", 5, out _, out rejected));
        Assert.Null(rejected);
    }

    [Theory]
    [InlineData("cut", "bytes but was 10")]
    [InlineData("altered", "checksum")]
    [InlineData("frames", "recorded with 5 frames but the animation has 6")]
    [InlineData("unrecorded", "no checksum record")]
    public void AnEntryThatFailsItsCheckIsAMissAndIsDeleted(string damage, string reason)
    {
        var cache = new PartialMovieCache(_dir);
        string path = Add(cache, "k", 10, 0);
        int frames = 5;
        switch (damage)
        {
            case "cut": File.WriteAllBytes(path, new byte[4]); break;
            case "altered": File.WriteAllBytes(path, [.. new byte[9], 1]); break;
            case "frames": frames = 6; break;
            default: File.Delete(CacheEntryRecord.PathFor(path)); break;
        }
        Assert.False(cache.TryGet("k", ".mp4", frames, out _, out var rejected));
        Assert.Contains(reason, rejected);
        Assert.False(File.Exists(path));
        Assert.False(File.Exists(CacheEntryRecord.PathFor(path)));
    }

    [Fact]
    public void EvictionSparesWhatARunningRenderUsedSinceItStarted()
    {
        var cache = new PartialMovieCache(_dir, maxFiles: 1);
        // Another render started 20 minutes ago and still runs (its lease is fresh).
        using var other = CacheLease.Take(_dir);
        File.WriteAllText(other.Path, $"started {DateTime.UtcNow.AddMinutes(-20):O} on elsewhere, process 1");
        Add(cache, "before", 10, 40);
        string used = Add(cache, "used", 10, 10);
        string mine = Add(cache, "mine", 10, 0);
        using (cache.Lease = CacheLease.Take(_dir))
        {
            // Over a cap of one, but the other render used "used" after it started: only "before" may go.
            Assert.Equal(1, cache.Evict([mine]));
            Assert.Equal(["mine.mp4", "used.mp4"], Entries(_dir));
        }
        // Once that render's lease is stale (killed without cleaning up), it protects nothing and is removed.
        File.SetLastWriteTimeUtc(other.Path, DateTime.UtcNow - CacheLease.StaleAfter - TimeSpan.FromMinutes(1));
        Assert.Equal(1, cache.Evict([mine]));
        Assert.Equal(["mine.mp4"], Entries(_dir));
        Assert.False(File.Exists(other.Path));
    }

    [Fact]
    public void CliSizeFlagIsInMebibytes()
    {
        var errors = new List<string>();
        var request = new Cli.RenderRequest("X") { MaxCacheSize = "3" };
        var resolved = Cli.RenderSettings.Resolve(Cli.ConfigLocations.None, request.SettingLayers(), errors)!;
        Assert.Equal(3L * 1024 * 1024, Cli.RenderPlan.Create(request, resolved, errors)!.JobFor("x.mp4", "cache", default).MaxCacheBytes);
    }
}
