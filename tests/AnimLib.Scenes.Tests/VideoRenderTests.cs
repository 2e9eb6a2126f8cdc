using AnimLib.Cli.Tests;

namespace AnimLib.Scenes.Tests;

/// <summary>
/// Every built-in scene goes through the whole pipeline at the 480p quality (854x480, 15 fps): scene logic, rasterizing
/// every frame, ffmpeg. xunit runs these one after another (about two minutes in all on two cores).
/// </summary>
public class VideoRenderTests
{
    private const double Fps = 15;

    [Theory]
    [MemberData(nameof(DemoSceneTests.SceneNames), MemberType = typeof(DemoSceneTests))]
    public void RendersAt480p(string typeName)
    {
        var type = typeof(SceneAssemblyMarker).Assembly.GetType(typeName)!;
        var scene = (Scene)Activator.CreateInstance(type)!;
        string path = Path.Combine(Path.GetTempPath(), $"animlib-480p-{type.Name}-{Guid.NewGuid():N}.mp4");
        try
        {
            var result = SceneRenderer.RenderVideo(scene, new SceneSettings(854, 480, Fps), path);
            Assert.True(result.Frames > 0, $"{type.Name} produced no frames");
            var probe = VideoProbe.Of(path);
            Assert.Equal((854, 480), (probe.Width, probe.Height));
            Assert.Equal(result.Frames, probe.Frames);
            Assert.Equal(scene.FrameCountFor(scene.Time), probe.Frames, tolerance: scene.SegmentCount);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
