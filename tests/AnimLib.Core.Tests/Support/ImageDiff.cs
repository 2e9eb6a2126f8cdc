using AnimLib.Rendering;

namespace AnimLib.Core.Tests.Support;

/// <summary>Pixel-level comparison of two frames, for golden-image tests.</summary>
public static class ImageDiff
{
    /// <summary>
    /// Compares the raw premultiplied BGRA bytes of two equally sized frames.
    /// </summary>
    /// <param name="expected">Reference frame.</param>
    /// <param name="actual">Frame under test.</param>
    /// <param name="tolerance">Largest per-channel difference (0–255) that still counts as equal.</param>
    /// <returns>The largest channel difference, how many pixels exceed the tolerance, and a visual diff.</returns>
    /// <exception cref="ArgumentException">The frames differ in size.</exception>
    public static ImageComparison Compare(FrameBuffer expected, FrameBuffer actual, int tolerance)
    {
        ArgumentNullException.ThrowIfNull(expected);
        ArgumentNullException.ThrowIfNull(actual);
        ArgumentOutOfRangeException.ThrowIfNegative(tolerance);
        if (expected.Width != actual.Width || expected.Height != actual.Height)
            throw new ArgumentException(
                $"Cannot compare frames of different sizes: expected {expected.Width}x{expected.Height}, actual {actual.Width}x{actual.Height}.",
                nameof(actual));

        var diff = new FrameBuffer(expected.Width, expected.Height);
        byte[] e = expected.Pixels, a = actual.Pixels, d = diff.Pixels;
        int maxDelta = 0, overTolerance = 0;
        for (int i = 0; i < e.Length; i += 4)
        {
            int delta = Math.Max(
                Math.Max(Math.Abs(e[i] - a[i]), Math.Abs(e[i + 1] - a[i + 1])),
                Math.Max(Math.Abs(e[i + 2] - a[i + 2]), Math.Abs(e[i + 3] - a[i + 3])));
            if (delta > maxDelta) maxDelta = delta;
            if (delta > tolerance) overTolerance++;
            // Red starts at 64 so that a one-level difference is still visible against black.
            d[i + 2] = delta == 0 ? (byte)0 : (byte)(64 + (delta - 1) * 191 / 254);
            d[i + 3] = 255;
        }
        return new ImageComparison(maxDelta, overTolerance, diff);
    }
}

/// <summary>Result of <see cref="ImageDiff.Compare"/>.</summary>
/// <param name="MaxChannelDelta">Largest absolute difference of any channel of any pixel (0–255).</param>
/// <param name="CountOverTolerance">Number of pixels with at least one channel differing by more than the tolerance.</param>
/// <param name="DiffImage">Opaque image, black where the frames are identical and red elsewhere, brighter for larger differences.</param>
public sealed record ImageComparison(int MaxChannelDelta, int CountOverTolerance, FrameBuffer DiffImage);
