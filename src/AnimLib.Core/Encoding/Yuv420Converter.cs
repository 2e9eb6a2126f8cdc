using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace AnimLib.Encoding;

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
        // 32 pixels a step with 256-bit vectors; the scalar loop does the rest of each row (same integer arithmetic,
        // so the result does not depend on the path).
        int vectorWidth = Vector256.IsHardwareAccelerated && !ForceScalar ? width / 32 * 32 : 0;

        for (int y = 0; y < height; y += 2)
        {
            var row0 = pixels.Slice(y * width, width);
            var row1 = pixels.Slice((y + 1) * width, width);
            var luma0 = yPlane.Slice(y * width, width);
            var luma1 = yPlane.Slice((y + 1) * width, width);
            var uRow = uPlane.Slice(y / 2 * chromaWidth, chromaWidth);
            var vRow = vPlane.Slice(y / 2 * chromaWidth, chromaWidth);
            for (int x = 0; x < vectorWidth; x += 32)
                ConvertBlock32(row0.Slice(x, 32), row1.Slice(x, 32), luma0.Slice(x, 32), luma1.Slice(x, 32),
                    uRow.Slice(x / 2, 16), vRow.Slice(x / 2, 16));
            for (int cx = vectorWidth / 2, x = vectorWidth; cx < chromaWidth; cx++, x += 2)
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

    /// <summary>Tests set this to check that the vector path and the scalar path agree.</summary>
    internal static bool ForceScalar { get; set; }

    // Two rows of 32 pixels: 64 luma samples, 16 U and 16 V.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void ConvertBlock32(ReadOnlySpan<uint> row0, ReadOnlySpan<uint> row1, Span<byte> luma0, Span<byte> luma1,
        Span<byte> u, Span<byte> v)
    {
        LumaBlock32(row0, luma0);
        LumaBlock32(row1, luma1);
        // Chroma: viewing two pixels as one 64-bit lane makes the horizontal pair sum a sum of the lane's halves.
        var pairs0 = MemoryMarshal.Cast<uint, ulong>(row0);
        var pairs1 = MemoryMarshal.Cast<uint, ulong>(row1);
        var (b0, g0, r0) = PairSums(Vector256.Create(pairs0[..4]), Vector256.Create(pairs1[..4]));
        var (b1, g1, r1) = PairSums(Vector256.Create(pairs0.Slice(4, 4)), Vector256.Create(pairs1.Slice(4, 4)));
        var (b2, g2, r2) = PairSums(Vector256.Create(pairs0.Slice(8, 4)), Vector256.Create(pairs1.Slice(8, 4)));
        var (b3, g3, r3) = PairSums(Vector256.Create(pairs0.Slice(12, 4)), Vector256.Create(pairs1.Slice(12, 4)));
        // Sums are at most 1020, so narrowing 64-bit lanes to 32 bits loses nothing.
        var bLo = Vector256.Narrow(b0, b1).AsInt32();
        var gLo = Vector256.Narrow(g0, g1).AsInt32();
        var rLo = Vector256.Narrow(r0, r1).AsInt32();
        var bHi = Vector256.Narrow(b2, b3).AsInt32();
        var gHi = Vector256.Narrow(g2, g3).AsInt32();
        var rHi = Vector256.Narrow(r2, r3).AsInt32();
        var offset = Vector256.Create((128 << 10) + 512);
        var uLo = (rLo * -38 + gLo * -74 + bLo * 112 + offset) >>> 10;
        var uHi = (rHi * -38 + gHi * -74 + bHi * 112 + offset) >>> 10;
        var vLo = (rLo * 112 + gLo * -94 + bLo * -18 + offset) >>> 10;
        var vHi = (rHi * 112 + gHi * -94 + bHi * -18 + offset) >>> 10;
        StoreBytes16(Vector256.Narrow(uLo.AsUInt32(), uHi.AsUInt32()), u);
        StoreBytes16(Vector256.Narrow(vLo.AsUInt32(), vHi.AsUInt32()), v);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static (Vector256<ulong> B, Vector256<ulong> G, Vector256<ulong> R) PairSums(Vector256<ulong> top, Vector256<ulong> bottom)
    {
        var mask = Vector256.Create(0xFFul);
        Vector256<ulong> Sum(Vector256<ulong> p, int shift) => ((p >>> shift) & mask) + ((p >>> (shift + 32)) & mask);
        return (Sum(top, 0) + Sum(bottom, 0), Sum(top, 8) + Sum(bottom, 8), Sum(top, 16) + Sum(bottom, 16));
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void LumaBlock32(ReadOnlySpan<uint> pixels, Span<byte> luma)
    {
        var y0 = Luma8(Vector256.Create(pixels[..8]));
        var y1 = Luma8(Vector256.Create(pixels.Slice(8, 8)));
        var y2 = Luma8(Vector256.Create(pixels.Slice(16, 8)));
        var y3 = Luma8(Vector256.Create(pixels.Slice(24, 8)));
        // Values are 16..235: narrowing by truncation is exact.
        var bytes = Vector256.Narrow(Vector256.Narrow(y0, y1), Vector256.Narrow(y2, y3));
        bytes.CopyTo(luma);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector256<uint> Luma8(Vector256<uint> p)
    {
        var mask = Vector256.Create(0xFFu);
        var b = p & mask;
        var g = (p >>> 8) & mask;
        var r = (p >>> 16) & mask;
        return ((r * 66u + g * 129u + b * 25u + Vector256.Create(128u)) >>> 8) + Vector256.Create(16u);
    }

    // 16 values of 16 bits (all below 256) to 16 bytes.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void StoreBytes16(Vector256<ushort> values, Span<byte> destination)
    {
        var bytes = Vector256.Narrow(values, Vector256<ushort>.Zero);
        bytes.GetLower().CopyTo(destination);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static byte Luma(uint p)
    {
        uint b = p & 0xFF, g = (p >> 8) & 0xFF, r = (p >> 16) & 0xFF;
        return (byte)(((66 * r + 129 * g + 25 * b + 128) >> 8) + 16);
    }
}
