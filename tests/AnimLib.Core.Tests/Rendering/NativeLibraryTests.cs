using System.Numerics;
using AnimLib.Core.Tests.Support;
using AnimLib.Encoding;
using AnimLib.Rendering;

namespace AnimLib.Core.Tests.Rendering;

/// <summary>What native code a render maps into the process: Skia and HarfBuzz from NuGet, never cairo or Pango.</summary>
public class NativeLibraryTests
{
    [Fact]
    public void RenderingTextSurfaceImageAndDots_MapsSkiaAndHarfBuzz_AndNeitherCairoNorPango()
    {
        // /proc/self/maps lists every file mapped into this process; the suite runs on Linux.
        Assert.True(OperatingSystem.IsLinux(), "this check reads /proc/self/maps, which only Linux has");
        var png = Path.Combine(Path.GetTempPath(), $"animlib-maps-{Guid.NewGuid():N}.png");
        var pixels = new FrameBuffer(4, 4);
        Array.Fill(pixels.Pixels, (byte)255);
        PngFile.Save(pixels, png);
        try
        {
            var frame = LambdaScene.RenderFinalFrame(s =>
            {
                s.Add(new AnimLib.Mobjects.Text("Skia", font: "DejaVu Sans").Shift(new Vector3(-3, 2, 0)));
                s.Add(new Surface((u, v) => new Vector3((float)u, (float)v, (float)(0.2 * u * v)), uRange: (-1, 1), vRange: (-1, 1), resolution: (8, 8)));
                s.Add(new ImageMobject(png, height: 1).Shift(new Vector3(3, 2, 0)));
                s.Add(new DotCloud([new Vector3(-3, -2, 0), new Vector3(3, -2, 0)], radius: 0.2));
            });
            Assert.NotEqual((byte)0, frame.GetPixel(427, 240).R); // the surface is drawn at the centre
        }
        finally
        {
            File.Delete(png);
        }
        var mapped = File.ReadAllLines("/proc/self/maps").Select(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries).LastOrDefault() ?? "")
            .Where(p => p.StartsWith('/')).Select(Path.GetFileName).Distinct().ToList();
        Assert.Contains(mapped, f => f!.StartsWith("libSkiaSharp", StringComparison.Ordinal));
        Assert.Contains(mapped, f => f!.StartsWith("libHarfBuzzSharp", StringComparison.Ordinal));
        Assert.DoesNotContain(mapped, f => f!.Contains("libcairo", StringComparison.Ordinal));
        Assert.DoesNotContain(mapped, f => f!.Contains("libpango", StringComparison.Ordinal));
    }
}
