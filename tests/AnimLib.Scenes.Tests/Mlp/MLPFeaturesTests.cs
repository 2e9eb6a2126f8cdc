using AnimLib.Scenes.Mlp;

namespace AnimLib.Scenes.Tests.Mlp;

public class MLPFeaturesTests
{
    [Fact]
    public void TimelineMatchesTheSeed()
    {
        var scene = new MLPFeatures();
        var output = new NullOutput();
        scene.Run(new SceneSettings(427, 240, 6), output);
        // 15 single-neuron plays, the brace play and its wait, then 12 × (play + wait 0.5).
        Assert.Equal(15 + 2 + 12 * 2, output.SegmentCount);
        Assert.Equal(15 + 1 + 1 + 12 * 1.5, scene.Time, 6);
    }
}
