using AnimLib.Core.Tests.Support;
using AnimLib.Scenes.Mlp;

namespace AnimLib.Scenes.Tests.Mlp;

public class MLPIconTests
{
    [Fact]
    public void LastFrame()
    {
        var scene = new MLPIcon();
        var output = new NullOutput();
        scene.Run(new SceneSettings(427, 240, 6), output);
        Assert.True(output.FrameCount > 0);
        // The seed's timeline: every play and wait in order (each segment rounds up to whole frames at 6 fps).
        Assert.InRange(scene.Time, 10 - 1e-9, 10 + output.SegmentCount / 6.0);
        ReferenceImages.AssertMatches(SceneRenderer.RenderSnapshot(scene.TakeSnapshot()), nameof(MLPIconTests));
    }
}
