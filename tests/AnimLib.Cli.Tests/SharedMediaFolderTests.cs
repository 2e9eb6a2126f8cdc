using AnimLib.Cli.Tests.Scenes;
using AnimLib.Cli.Tests.Support;

namespace AnimLib.Cli.Tests;

/// <summary>
/// Renders sharing one media folder (shards, CI jobs, two terminals) never evict each other's segments: a render that
/// finishes and trims the cache leaves alone every segment that a render still running has written or reused.
/// </summary>
public sealed class SharedMediaFolderTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("animlib-shared-").FullName;

    public void Dispose()
    {
        GatedScene.Next = null;
        Directory.Delete(_dir, recursive: true);
    }

    private string Media => Path.Combine(_dir, "media");

    private string CacheFolder => Path.Combine(Media, "videos", nameof(GatedScene), "90p10", "partial_movie_files");

    [Fact]
    public void ARenderThatFinishesFirstLeavesTheSegmentsOfARunningOneInPlace()
    {
        var gate = new SceneGate();
        GatedScene.Next = gate;
        string slow = Path.Combine(_dir, "slow.mp4");
        // The slow render keeps at most one file too: its own trim at the end must not fail it either.
        var slowRender = Task.Run(() => CliRunner.Render(new RenderRequest(nameof(GatedScene), Fps: "10", Output: slow, MediaDir: Media)
        {
            Resolution = "160,90",
            MaxFilesCached = "1",
        }));
        try
        {
            Assert.True(gate.Reached.WaitOne(TimeSpan.FromMinutes(1)), "the slow render never reached its gate");
            // Its first two segments are encoded in the background: wait until both are cached.
            var deadline = DateTime.UtcNow.AddMinutes(1);
            while (Directory.GetFiles(CacheFolder, "*.mp4").Count(f => !Path.GetFileName(f).StartsWith('.')) < 2)
            {
                Assert.True(DateTime.UtcNow < deadline, "the slow render's first segments never reached the cache");
                Thread.Sleep(50);
            }
            var mine = Directory.GetFiles(CacheFolder, "*.mp4").Where(f => !Path.GetFileName(f).StartsWith('.')).ToList();

            // Other settings (another quality), same media folder, a cache of one file: it finishes and trims the cache.
            string fast = Path.Combine(_dir, "fast.mp4");
            var other = CliProcess.Run([nameof(GatedScene), "--resolution", "160,90", "--fps", "10", "--crf", "30",
                "--media-dir", Media, "--max-files-cached", "1", "-o", fast]);
            Assert.True(other.Code == 0, other.Out + other.Err);
            Assert.Equal(20, VideoProbe.Of(fast).Frames);
            Assert.All(mine, f => Assert.True(File.Exists(f), $"{Path.GetFileName(f)} of the running render was evicted"));
        }
        finally
        {
            gate.Open();
        }
        var result = slowRender.Result;
        Assert.True(result.Code == 0, result.Out + result.Err);
        Assert.Equal(20, VideoProbe.Of(slow).Frames);
    }
}
