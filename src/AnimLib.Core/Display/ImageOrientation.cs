using System.Runtime.InteropServices;
using SkiaSharp;

namespace AnimLib.Display;

/// <summary>
/// Turns decoded pixels upright as an EXIF orientation (Skia's <see cref="SKEncodedOrigin"/>) asks: cameras store the
/// sensor's rows and record the rotation, and Skia's codec reports it without applying it.
/// </summary>
internal static class ImageOrientation
{
    /// <summary>Whether the upright image is <paramref name="origin"/>'s stored image turned a quarter (width and height swap).</summary>
    public static bool SwapsAxes(SKEncodedOrigin origin) =>
        origin is SKEncodedOrigin.LeftTop or SKEncodedOrigin.RightTop or SKEncodedOrigin.RightBottom or SKEncodedOrigin.LeftBottom;

    /// <summary>Copies the stored <paramref name="width"/> × <paramref name="height"/> pixels into <paramref name="upright"/>.</summary>
    public static void Apply(SKEncodedOrigin origin, ReadOnlySpan<byte> stored, int width, int height, Span<byte> upright)
    {
        var src = MemoryMarshal.Cast<byte, uint>(stored);
        var dst = MemoryMarshal.Cast<byte, uint>(upright);
        int outWidth = SwapsAxes(origin) ? height : width, outHeight = SwapsAxes(origin) ? width : height;
        for (int y = 0; y < outHeight; y++)
        for (int x = 0; x < outWidth; x++)
        {
            // (sx, sy): the stored pixel that shows at upright (x, y).
            (int sx, int sy) = origin switch
            {
                SKEncodedOrigin.TopRight => (width - 1 - x, y),                  // mirrored left-right
                SKEncodedOrigin.BottomRight => (width - 1 - x, height - 1 - y),  // turned 180°
                SKEncodedOrigin.BottomLeft => (x, height - 1 - y),               // mirrored top-bottom
                SKEncodedOrigin.LeftTop => (y, x),                               // transposed
                SKEncodedOrigin.RightTop => (y, height - 1 - x),                 // to be turned 90° clockwise
                SKEncodedOrigin.RightBottom => (width - 1 - y, height - 1 - x),  // transverse
                SKEncodedOrigin.LeftBottom => (width - 1 - y, x),                // to be turned 90° counter-clockwise
                _ => (x, y),
            };
            dst[y * outWidth + x] = src[sy * width + sx];
        }
    }
}
