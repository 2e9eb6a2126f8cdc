namespace AnimLib.Rendering;

/// <summary>
/// A frame's pixels: 32-bit premultiplied BGRA rows without padding. That is Skia's premultiplied BGRA_8888, so the
/// canvas paints into the array in place, and the layout ffmpeg reads as <c>bgra</c>.
/// </summary>
public sealed class FrameBuffer
{
    /// <summary>Creates a zeroed (transparent) buffer.</summary>
    /// <param name="width">Width in pixels, at least 1.</param>
    /// <param name="height">Height in pixels, at least 1.</param>
    public FrameBuffer(int width, int height)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(width, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(height, 1);
        Width = width;
        Height = height;
        Pixels = new byte[width * height * 4];
    }

    /// <summary>Width in pixels.</summary>
    public int Width { get; }

    /// <summary>Height in pixels.</summary>
    public int Height { get; }

    /// <summary>Bytes per row.</summary>
    public int Stride => Width * 4;

    /// <summary>The pixel bytes, B, G, R, A per pixel, premultiplied alpha.</summary>
    public byte[] Pixels { get; }

    /// <summary>Reads one pixel as straight (un-premultiplied) 8-bit channels.</summary>
    public (byte R, byte G, byte B, byte A) GetPixel(int x, int y)
    {
        int i = y * Stride + x * 4;
        byte a = Pixels[i + 3];
        if (a == 0) return (0, 0, 0, 0);
        if (a == 255) return (Pixels[i + 2], Pixels[i + 1], Pixels[i], a);
        static byte Un(byte c, byte a) => (byte)Math.Min(255, (c * 255 + a / 2) / a);
        return (Un(Pixels[i + 2], a), Un(Pixels[i + 1], a), Un(Pixels[i], a), a);
    }

    /// <summary>Copies this buffer's pixels into <paramref name="other"/> (same size required).</summary>
    public void CopyTo(FrameBuffer other)
    {
        if (other.Width != Width || other.Height != Height)
            throw new ArgumentException($"Frame sizes differ: {Width}x{Height} vs {other.Width}x{other.Height}.", nameof(other));
        Buffer.BlockCopy(Pixels, 0, other.Pixels, 0, Pixels.Length);
    }
}
