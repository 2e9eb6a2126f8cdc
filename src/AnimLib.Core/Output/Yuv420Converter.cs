using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace AnimLib.Output;

/// <summary>
/// Converts BGRA frames to planar YUV 4:2:0 (BT.601, limited range: what ffmpeg assumes for untagged yuv420p), so the
/// conversion runs on AnimLib's rasterizing threads instead of serially inside ffmpeg, and the pipe carries 1.5 bytes
/// a pixel instead of 4.
/// </summary>
/// <remarks>
/// Alpha is ignored, as ffmpeg's own bgra to yuv420p conversion does (frames are painted over an opaque background).
/// Chroma is the average of each 2x2 block (centre-sited). Integer coefficients are the usual 8-bit BT.601 ones; the
/// result differs from ffmpeg's swscale by at most a step or two per channel.
/// </remarks>
public static class Yuv420Converter
{
    /// <summary>Bytes of a converted frame: a full-size Y plane and quarter-size U and V planes.</summary>
    /// <exception cref="ArgumentException">The width or height is odd.</exception>
    public static int ByteCount(int width, int height)
    {
        if (width % 2 != 0 || height % 2 != 0)
            throw new ArgumentException($"YUV 4:2:0 needs an even width and height, got {width}x{height}.");
        return width * height * 3 / 2;
    }

    /// <summary>Converts <paramref name="bgra"/> (rows of <paramref name="width"/> pixels, no padding) into <paramref name="yuv"/>.</summary>
    /// <exception cref="ArgumentException">A buffer is too small, or the size is odd.</exception>
    public static void Convert(ReadOnlySpan<byte> bgra, int width, int height, Span<byte> yuv)
    {
        int total = ByteCount(width, height);
        if (bgra.Length < width * height * 4) throw new ArgumentException("The BGRA buffer is smaller than the frame.", nameof(bgra));
        if (yuv.Length < total) throw new ArgumentException($"The YUV buffer needs {total} bytes.", nameof(yuv));

        var pixels = MemoryMarshal.Cast<byte, uint>(bgra);
        int lumaSize = width * height;
        int chromaWidth = width / 2;
        var yPlane = yuv[..lumaSize];
        var uPlane = yuv.Slice(lumaSize, lumaSize / 4);
        var vPlane = yuv.Slice(lumaSize + lumaSize / 4, lumaSize / 4);

        for (int y = 0; y < height; y += 2)
        {
            var row0 = pixels.Slice(y * width, width);
            var row1 = pixels.Slice((y + 1) * width, width);
            var luma0 = yPlane.Slice(y * width, width);
            var luma1 = yPlane.Slice((y + 1) * width, width);
            var uRow = uPlane.Slice(y / 2 * chromaWidth, chromaWidth);
            var vRow = vPlane.Slice(y / 2 * chromaWidth, chromaWidth);
            for (int cx = 0, x = 0; cx < chromaWidth; cx++, x += 2)
            {
                uint a = row0[x], b = row0[x + 1], c = row1[x], d = row1[x + 1];
                luma0[x] = Luma(a);
                luma0[x + 1] = Luma(b);
                luma1[x] = Luma(c);
                luma1[x + 1] = Luma(d);
                // Sums of four pixels per channel; the extra >> 2 of the shifts below averages them.
                int bs = (int)((a & 0xFF) + (b & 0xFF) + (c & 0xFF) + (d & 0xFF));
                int gs = (int)(((a >> 8) & 0xFF) + ((b >> 8) & 0xFF) + ((c >> 8) & 0xFF) + ((d >> 8) & 0xFF));
                int rs = (int)(((a >> 16) & 0xFF) + ((b >> 16) & 0xFF) + ((c >> 16) & 0xFF) + ((d >> 16) & 0xFF));
                // The 128 << 10 offset keeps the sums positive so the shift rounds like a division.
                uRow[cx] = (byte)((-38 * rs - 74 * gs + 112 * bs + (128 << 10) + 512) >> 10);
                vRow[cx] = (byte)((112 * rs - 94 * gs - 18 * bs + (128 << 10) + 512) >> 10);
            }
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static byte Luma(uint p)
    {
        uint b = p & 0xFF, g = (p >> 8) & 0xFF, r = (p >> 16) & 0xFF;
        return (byte)(((66 * r + 129 * g + 25 * b + 128) >> 8) + 16);
    }
}
