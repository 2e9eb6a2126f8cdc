using AnimLib.Cli.Tests;

namespace AnimLib.Docs.Tests;

/// <summary>Every scene in examples/MyScenes renders to an mp4 at 480p, and there are at least ten of them.</summary>
public sealed class ExampleSceneTests
{
    public static TheoryData<string> ExampleScenes()
    {
        var data = new TheoryData<string>();
        foreach (var t in typeof(MyScenes.HelloAnimLib).Assembly.GetTypes()
                     .Where(t => !t.IsAbstract && typeof(Scene).IsAssignableFrom(t)).OrderBy(t => t.Name))
            data.Add(t.Name);
        return data;
    }

    [Fact]
    public void ThereAreAtLeastTenExamples() => Assert.True(ExampleScenes().Count >= 10, $"only {ExampleScenes().Count} example scenes");

    [Theory]
    [MemberData(nameof(ExampleScenes))]
    public void RendersAt480p(string name)
    {
        var type = typeof(MyScenes.HelloAnimLib).Assembly.GetTypes().Single(t => t.Name == name);
        string dir = Directory.CreateTempSubdirectory("animlib-example-").FullName;
        try
        {
            string mp4 = Path.Combine(dir, name + ".mp4");
            var result = SceneRenderer.RenderVideo((Scene)Activator.CreateInstance(type)!, new SceneSettings(854, 480, 15), mp4);
            Assert.True(result.Frames > 15, $"{name} rendered only {result.Frames} frames");
            var probe = VideoProbe.Of(mp4);
            Assert.Equal((854, 480), (probe.Width, probe.Height));
            Assert.Equal(result.Frames, probe.Frames);
        }
        finally { Directory.Delete(dir, recursive: true); }
    }
}
