using System.Diagnostics;
using AnimLib.Cli.Tests.Scenes;
using AnimLib.Cli.Tests.Support;

namespace AnimLib.Cli.Tests;

/// <summary>Sharded renders: N processes fill the cache with their share; a plain render joins without encoding.</summary>
[Collection(EditableSceneCollection.Name)]
public sealed class ShardTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("animlib-shard-").FullName;

    public ShardTests() => EditableScene.Variant = 0;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string Media => Path.Combine(_dir, "media");

    [Fact]
    public void ShardsInSeparateProcessesThenAJoinThatEncodesNothing()
    {
        const int shards = 3;
        string cli = Path.Combine(AppContext.BaseDirectory, "animlib.dll");
        var processes = Enumerable.Range(0, shards).Select(i =>
        {
            var psi = new ProcessStartInfo("dotnet")
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            foreach (var a in new[] { cli, "render", nameof(EditableScene), "--assembly", CliRunner.TestAssembly, "--resolution", "160,90",
                         "--fps", "10", "--media-dir", Media, "--shard", $"{i}/{shards}", "--progress", "none" })
                psi.ArgumentList.Add(a);
            return Process.Start(psi)!;
        }).ToList();
        foreach (var p in processes)
        {
            string output = p.StandardOutput.ReadToEnd() + p.StandardError.ReadToEnd();
            p.WaitForExit();
            Assert.True(p.ExitCode == 0, output);
            Assert.Contains("Shard ", output);
        }
        string cacheFolder = Path.Combine(Media, "videos", nameof(EditableScene), "90p10", "partial_movie_files");
        Assert.Equal(4, Directory.GetFiles(cacheFolder).Length);
        Assert.False(File.Exists(Path.Combine(Media, "videos", nameof(EditableScene), "90p10", nameof(EditableScene) + ".mp4")));

        string joined = Path.Combine(_dir, "joined.mp4");
        var join = CliRunner.Render(new RenderRequest(nameof(EditableScene), Fps: "10", Output: joined, MediaDir: Media) { Resolution = "160,90" });
        Assert.True(join.Code == 0, join.Err);
        Assert.Contains("Animations encoded: 0, reused from cache: 4", join.Out);

        string plain = Path.Combine(_dir, "plain.mp4");
        // An unsharded render with an empty cache of its own.
        var single = CliRunner.Render(new RenderRequest(nameof(EditableScene), Fps: "10", Output: plain, MediaDir: Path.Combine(_dir, "plain-media"))
        {
            Resolution = "160,90",
        });
        Assert.True(single.Code == 0, single.Err);
        Assert.Equal(File.ReadAllBytes(plain), File.ReadAllBytes(joined));
    }

    [Theory]
    [InlineData("2/2")]
    [InlineData("a/b")]
    [InlineData("1")]
    public void BadShardIsAUsageError(string shard)
    {
        var r = CliRunner.Render(new RenderRequest(nameof(EditableScene), Fps: "10", Output: Path.Combine(_dir, "x.mp4"), MediaDir: Media)
        {
            Resolution = "160,90",
            Shard = shard,
        });
        Assert.Equal(2, r.Code);
        Assert.Contains("--shard", r.Err);
    }
}
