using System.Text.Json;
using AnimLib.Cli.Tests.Scenes;
using AnimLib.Cli.Tests.Support;

namespace AnimLib.Cli.Tests;

/// <summary><c>ANIMLIB_TIMINGS_FILE</c>: a render writes where its time went, and the figures hang together.</summary>
public sealed class TimingsReportTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("animlib-timings-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    // A child process: the variable is process-wide, and renders of other tests running in parallel must not write it.
    private JsonElement Render(string timings, params string[] extra)
    {
        var (code, _, err) = CliProcess.Run(
            [nameof(CountingScene), "--resolution", "160,90", "--fps", "10", "--media-dir", Path.Combine(_dir, "media"),
                "-o", Path.Combine(_dir, "out.mp4"), .. extra],
            new Dictionary<string, string> { ["ANIMLIB_TIMINGS_FILE"] = timings });
        Assert.True(code == 0, err);
        using var doc = JsonDocument.Parse(File.ReadAllText(timings));
        return doc.RootElement.Clone();
    }

    private static double Seconds(JsonElement json, string name) => json.GetProperty(name).GetDouble();

    [Fact]
    public void UncachedRenderReportsItsStagesAndTheyAddUp()
    {
        string timings = Path.Combine(_dir, "timings.json");
        var json = Render(timings, "--disable-caching");

        Assert.Equal(nameof(CountingScene), json.GetProperty("scene").GetString());
        Assert.Equal(CountingScene.FramesAt10Fps.Sum(), json.GetProperty("frames").GetInt32());
        Assert.Equal(5, json.GetProperty("segments").GetInt32());
        Assert.Equal(5, json.GetProperty("segments_encoded").GetInt32());
        Assert.Equal(0, json.GetProperty("segments_from_cache").GetInt32());

        double startup = Seconds(json, "startup_seconds"), render = Seconds(json, "render_seconds"), total = Seconds(json, "total_seconds");
        // A .NET process does not start, load two assemblies and create a scene in under 10 ms.
        Assert.True(startup > 0.01, $"start-up {startup} s");
        foreach (string stage in new[] { "scene_logic_seconds", "rasterize_seconds", "encoder_wait_seconds" })
            Assert.True(Seconds(json, stage) > 0, $"{stage} is {Seconds(json, stage)}");
        Assert.True(Math.Abs(total - (startup + render)) < 1e-6, $"total {total} != start-up {startup} + render {render}");
        // Without the cache the video is encoded in one piece: there is no join. The scene thread's stages run one after another.
        Assert.Equal(0, Seconds(json, "join_seconds"));
        Assert.True(Seconds(json, "scene_logic_seconds") + Seconds(json, "snapshot_seconds") < render);
        Assert.False(File.Exists(timings + ".tmp"));
    }

    [Fact]
    public void SecondCachedRenderReportsEverySegmentFromTheCache()
    {
        string timings = Path.Combine(_dir, "timings.json");
        var cold = Render(timings);
        Assert.Equal(5, cold.GetProperty("segments_encoded").GetInt32());

        var warm = Render(timings);
        Assert.Equal(0, warm.GetProperty("segments_encoded").GetInt32());
        Assert.Equal(5, warm.GetProperty("segments_from_cache").GetInt32());
        Assert.Equal(0, Seconds(warm, "rasterize_seconds"));
        Assert.True(Seconds(warm, "join_seconds") > 0);
    }
}
