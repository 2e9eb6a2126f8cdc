using AnimLib.Core.Tests.Support;
using AnimLib.Scenes.Mlp;

namespace AnimLib.Scenes.Tests.Mlp;

public class ShowAngleRangeTests
{
    [Fact]
    public void LastFrame()
    {
        var scene = new ShowAngleRange();
        scene.Run(new SceneSettings(427, 240, 6), new NullOutput());
        // The seed's plays and waits add up to 13 s.
        Assert.Equal(13, scene.Time, 0.35);
        ReferenceImages.AssertMatches(SceneRenderer.RenderSnapshot(scene.TakeSnapshot()), nameof(ShowAngleRangeTests));
    }
}
