using AnimLib.Core.Tests.Support;

namespace AnimLib.Scenes.Tests.BatchBackprop;

/// <summary>The batched backprop scenes at 480p: timeline, reference frames after the forward and the backward pass.</summary>
public class BatchBackpropTests
{
    private static readonly SceneSettings Settings = new(854, 480, 15);

    private static (Scene Scene, NullOutput Output) Run(Scene scene)
    {
        var output = new NullOutput();
        scene.Run(Settings, output);
        return (scene, output);
    }

    [Fact]
    public void EndOfForwardPass()
    {
        var (scene, _) = Run(new Scenes.BatchBackprop.BatchBackprop { StopAfterForwardPass = true });
        var frame = SceneRenderer.RenderSnapshot(scene.TakeSnapshot());
        ReferenceImages.AssertMatches(frame, nameof(BatchBackpropTests));
    }

    [Fact]
    public void EndOfBackwardPass()
    {
        var (scene, output) = Run(new Scenes.BatchBackprop.BatchBackprop());
        // Intro (2 plays + wait), x⁰, 12 forward steps, wait, ∇x⁶, 24 backward steps, hide x⁰, final wait.
        Assert.Equal(3 + 1 + 12 + 1 + 1 + 24 + 1 + 1, output.SegmentCount);
        var frame = SceneRenderer.RenderSnapshot(scene.TakeSnapshot());
        ReferenceImages.AssertMatches(frame, nameof(BatchBackpropTests));
    }

    [Fact]
    public void DetailedVariant_TakesThreeStepsPerMatmul()
    {
        var (_, output) = Run(new Scenes.BatchBackprop.BatchBackpropDetailed());
        Assert.Equal(3 + 1 + 3 * 12 + 1 + 1 + 3 * 24 + 1 + 1, output.SegmentCount);
    }

    [Fact]
    public void SmallerConfiguration_Runs()
    {
        var (scene, output) = Run(new Scenes.BatchBackprop.BatchBackprop { Layers = 2, Batch = 16, StepTime = 0.2 });
        Assert.Equal(3 + 1 + 4 + 1 + 1 + 8 + 1 + 1, output.SegmentCount);
        Assert.NotEmpty(scene.TakeSnapshot().Items);
    }
}
