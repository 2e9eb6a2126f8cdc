using AnimLib.Core.Tests.Support;
using AnimLib.Scenes.Mlp;

namespace AnimLib.Scenes.Tests.Mlp;

public class StackOfVectorsTests
{
    [Fact]
    public void LastFrame()
    {
        var scene = new StackOfVectors();
        scene.Run(new SceneSettings(427, 240, 6), new NullOutput());
        // The seed's plays and waits add up to 10.85 s.
        Assert.Equal(10.85, scene.Time, 0.35);
        ReferenceImages.AssertMatches(SceneRenderer.RenderSnapshot(scene.TakeSnapshot()), nameof(StackOfVectorsTests));
    }
}
