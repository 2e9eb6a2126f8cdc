using AnimLib.Scenes.Demos;

namespace AnimLib.Scenes.Tests;

public class DemoSceneTests
{
    // The seed's `pass` scenes: empty on purpose (MlpSceneTests checks that they draw nothing).
    private static readonly string[] EmptyAsInTheSeed = ["ClassicNeuralNetworksPicture", "AlmostOrthogonal"];

    public static TheoryData<string> SceneNames()
    {
        var data = new TheoryData<string>();
        foreach (var t in typeof(SceneAssemblyMarker).Assembly.GetTypes()
                     .Where(t => !t.IsAbstract && typeof(Scene).IsAssignableFrom(t) && t.GetConstructor(Type.EmptyTypes) is not null)
                     .Where(t => !EmptyAsInTheSeed.Contains(t.Name)))
            data.Add(t.FullName!);
        return data;
    }

    [Theory]
    [MemberData(nameof(SceneNames))]
    public void EverySceneRunsAndDrawsSomething(string typeName)
    {
        var type = typeof(SceneAssemblyMarker).Assembly.GetType(typeName)!;
        var scene = (Scene)Activator.CreateInstance(type)!;
        var counter = new NullOutput();
        scene.Run(new SceneSettings(427, 240, 6), counter);
        Assert.True(counter.FrameCount > 0, $"{type.Name} produced no frames");
        Assert.NotEmpty(scene.TakeSnapshot().Items);
    }

    [Fact]
    public void SquareToCircleTimeline()
    {
        var scene = new SquareToCircle();
        var counter = new NullOutput();
        scene.Run(new SceneSettings(427, 240, 15), counter);
        Assert.Equal(4, counter.SegmentCount);
        Assert.Equal(75, counter.FrameCount);
        Assert.Equal(5.0, scene.Time, 6);
    }
}
