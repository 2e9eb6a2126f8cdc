using AnimLib.Scenes.Mlp;

namespace AnimLib.Scenes.Tests.Mlp;

public class NonlinearityOfLanguageTests
{
    [Fact]
    public void TimelineMatchesTheSeed()
    {
        var scene = new NonlinearityOfLanguage();
        var output = new NullOutput();
        scene.Run(new SceneSettings(427, 240, 6), output);
        // 4 × 3 s moves, name fade + loop 4 s, waits, two 2 s name changes, the 3 s "(Other)" move, two region fades.
        Assert.Equal(4 * 3 + 4 + 1 + 2 + 1 + 2 + 1 + 3 + 1 + 2 * (1 + 1), scene.Time, 6);
        Assert.Equal(4 + 2 + 2 + 2 + 2 + 2 * 2, output.SegmentCount);
    }

    [Fact]
    public void GadgetReadsTheProjectionOntoTheSum()
    {
        var scene = new NonlinearityOfLanguage();
        scene.Run(new SceneSettings(427, 240, 6), new NullOutput());
        // The last position is span_line.pfp(0.45): on the sum direction, 0.05 of the line's length (2 × frame width) from
        // the origin toward −sum, so the gadget shows −0.05·2·FRAME_WIDTH·2/3.535534.
        var value = scene.Mobjects.OfType<DecimalNumber>().Single().Value;
        Assert.Equal(-0.05 * 2 * Constants.FrameWidth * 2 / 3.535534, value, 3);
    }
}
