using AnimLib.Scenes.Mlp;

namespace AnimLib.Scenes.Tests.Mlp;

public class MLPStepsPreviewTests
{
    [Fact]
    public void TimelineMatchesTheSeed()
    {
        var scene = new MLPStepsPreview();
        var output = new NullOutput();
        scene.Run(new SceneSettings(427, 240, 6), output);
        // Steps (2 s lagged maps), matrices, plot, wait 3, restore, write, two 3 s data showers, wait, strike, move, wait,
        // two fact plays, randomise, wait: 16 segments.
        Assert.Equal(16, output.SegmentCount);
        Assert.True(scene.Time > 2 + 1 + 1 + 3 + 1 + 3 + 3 + 1 + 1 + 1 + 1 + 1 + 1 + 1, $"scene ran only {scene.Time} s");
    }

    [Fact]
    public void ToyExampleMatricesSitInTheLowerPanelAndTheTopKeepsACopy()
    {
        var scene = new MLPStepsPreview();
        scene.Run(new SceneSettings(427, 240, 6), new NullOutput());
        var matrices = scene.Mobjects.SelectMany(m => m.GetFamily()).OfType<WeightMatrix>().ToList();
        Assert.Equal(4, matrices.Count);
        // Two in the upper panel (the copies), two scaled up in the lower one; all inside the frame.
        Assert.Equal(2, matrices.Count(m => m.GetCenter().Y > 0));
        Assert.Equal(2, matrices.Count(m => m.GetCenter().Y < 0));
        Assert.All(matrices, m => Assert.InRange(m.GetLeft().X, -Constants.FrameWidth / 2, Constants.FrameWidth / 2));
        var low = matrices.Where(m => m.GetCenter().Y < 0).ToList();
        var high = matrices.Where(m => m.GetCenter().Y > 0).ToList();
        Assert.Equal(1.75 * high.Sum(m => m.GetWidth()), low.Sum(m => m.GetWidth()), 2);
    }
}
