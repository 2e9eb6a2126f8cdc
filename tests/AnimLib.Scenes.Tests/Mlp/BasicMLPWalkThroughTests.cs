using AnimLib.Core.Tests.Support;
using AnimLib.Scenes.Mlp;

namespace AnimLib.Scenes.Tests.Mlp;

public class BasicMLPWalkThroughTests
{
    [Fact]
    public void LastFrameMatchesReference()
    {
        var scene = new BasicMLPWalkThrough();
        var output = new NullOutput();
        scene.Run(new SceneSettings(427, 240, 6), output);
        Assert.True(output.FrameCount > 0);
        ReferenceImages.AssertMatches(SceneRenderer.RenderSnapshot(scene.TakeSnapshot()), nameof(BasicMLPWalkThroughTests));
    }
}
