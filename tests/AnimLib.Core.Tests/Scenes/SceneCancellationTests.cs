using AnimLib.Core.Tests.Support;

namespace AnimLib.Core.Tests.Scenes;

/// <summary>A scene run observes its cancellation token every frame, even when no frame is drawn (a dry run).</summary>
public class SceneCancellationTests
{
    [Fact]
    public void ALongDryRunStopsPromptlyWhenCancelled()
    {
        // 10^6 s at 240 fps is 2.4·10^8 frames: allowed, but a run that ignored the token would take minutes.
        var scene = new LambdaScene(s => s.Wait(1e6));
        using var cts = new CancellationTokenSource(TimeSpan.FromMilliseconds(200));
        var clock = System.Diagnostics.Stopwatch.StartNew();
        Assert.ThrowsAny<OperationCanceledException>(() => SceneRenderer.DryRun(scene, new SceneSettings(160, 90, 240), cts.Token));
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), $"took {clock.Elapsed}");
    }

    [Fact]
    public void RunWithACancelledTokenStopsAtTheFirstFrame()
    {
        var output = new RecordingOutput();
        using var cts = new CancellationTokenSource();
        cts.Cancel();
        Assert.ThrowsAny<OperationCanceledException>(() => new LambdaScene(s => s.Wait(1)).Run(new SceneSettings(160, 90, 10), output, cts.Token));
        Assert.Empty(output.Frames);
    }
}
