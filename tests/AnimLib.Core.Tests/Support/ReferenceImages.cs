using System.Runtime.CompilerServices;
using AnimLib.Encoding;
using AnimLib.Rendering;

namespace AnimLib.Core.Tests.Support;

/// <summary>
/// Compares rendered frames with reference PNGs under References/&lt;TestClass&gt;/&lt;test&gt;.png. On a mismatch it writes
/// &lt;test&gt;.actual.png and &lt;test&gt;.diff.png beside the reference. Set ANIMLIB_UPDATE_REFERENCES=1 to (re)write references.
/// </summary>
public static class ReferenceImages
{
    /// <summary>Largest per-channel difference (0-255) that still counts as equal: absorbs antialiasing noise across Skia builds and CPUs.</summary>
    public const int ChannelTolerance = 3;

    /// <summary>Fraction of pixels allowed beyond the tolerance (edge pixels of curves may round differently).</summary>
    public const double MaxMismatchFraction = 0.0005;

    public static void AssertMatches(FrameBuffer actual, string testClass, [CallerMemberName] string testName = "",
        [CallerFilePath] string callerFile = "")
    {
        AssertNotBlank(actual, testName);
        var projectDir = FindProjectDir(callerFile);
        var folder = Path.Combine(projectDir, "References", testClass);
        var expectedPath = Path.Combine(folder, testName + ".png");
        var actualPath = Path.Combine(folder, testName + ".actual.png");
        var diffPath = Path.Combine(folder, testName + ".diff.png");
        if (Environment.GetEnvironmentVariable("ANIMLIB_UPDATE_REFERENCES") == "1")
        {
            Directory.CreateDirectory(folder);
            PngFile.Save(actual, expectedPath);
            File.Delete(actualPath);
            File.Delete(diffPath);
            return;
        }
        if (!File.Exists(expectedPath))
        {
            Directory.CreateDirectory(folder);
            PngFile.Save(actual, actualPath);
            Assert.Fail($"No reference image {expectedPath}; the rendered frame is at {actualPath}. Look at it, then run with ANIMLIB_UPDATE_REFERENCES=1 to accept it.");
        }
        var expected = PngFile.Load(expectedPath);
        var comparison = ImageDiff.Compare(expected, actual, ChannelTolerance);
        int allowed = (int)(MaxMismatchFraction * actual.Width * actual.Height);
        if (comparison.CountOverTolerance > allowed)
        {
            PngFile.Save(actual, actualPath);
            PngFile.Save(comparison.DiffImage, diffPath);
            Assert.Fail($"{testName}: {comparison.CountOverTolerance} pixels differ from {expectedPath} by more than {ChannelTolerance} per channel " +
                        $"(max delta {comparison.MaxChannelDelta}, allowed {allowed} pixels). See {actualPath} and {diffPath}.");
        }
        File.Delete(actualPath);
        File.Delete(diffPath);
    }

    /// <summary>Fails when every pixel has the same value: a test must never pass on an empty frame.</summary>
    public static void AssertNotBlank(FrameBuffer frame, string what)
    {
        var first = frame.GetPixel(0, 0);
        for (int y = 0; y < frame.Height; y += 2)
            for (int x = 0; x < frame.Width; x += 2)
                if (frame.GetPixel(x, y) != first) return;
        Assert.Fail($"{what}: the frame is uniformly {first}; nothing was drawn.");
    }

    private static string FindProjectDir(string callerFile)
    {
        var dir = Path.GetDirectoryName(callerFile);
        while (dir is not null && !Directory.EnumerateFiles(dir, "*.csproj").Any()) dir = Path.GetDirectoryName(dir);
        return dir ?? throw new InvalidOperationException($"No test project folder above {callerFile}.");
    }
}
