using System.Diagnostics;
using System.Globalization;
using AnimLib.Output;

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
            var (width, height, frames) = Probe(path);
            Assert.Equal((854, 480), (width, height));
            Assert.Equal(result.Frames, frames);
            Assert.Equal(scene.FrameCountFor(scene.Time), frames, tolerance: scene.SegmentCount);
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static (int Width, int Height, int Frames) Probe(string path)
    {
        var psi = new ProcessStartInfo("ffprobe", ["-v", "error", "-select_streams", "v:0", "-count_packets",
            "-show_entries", "stream=width,height,nb_read_packets", "-of", "csv=p=0", path])
        {
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        using var p = Process.Start(psi)!;
        string output = p.StandardOutput.ReadToEnd().Trim();
        p.WaitForExit();
        var parts = output.Split(',');
        return (int.Parse(parts[0], CultureInfo.InvariantCulture), int.Parse(parts[1], CultureInfo.InvariantCulture),
            int.Parse(parts[2], CultureInfo.InvariantCulture));
    }
}
