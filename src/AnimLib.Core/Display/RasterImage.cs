namespace AnimLib.Display;

/// <summary>
/// Decoded bitmap pixels in the canvas's layout: premultiplied BGRA rows without padding. Treated as immutable once
/// built, so snapshots may share one instance across frames.
/// </summary>
public sealed class RasterImage
{
    /// <summary>Wraps decoded pixels.</summary>
    /// <exception cref="ArgumentException">The byte count is not width × height × 4.</exception>
    public RasterImage(int width, int height, byte[] premultipliedBgra)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(width, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(height, 1);
        if (premultipliedBgra.Length != width * height * 4)
            throw new ArgumentException($"A {width}x{height} image needs {width * height * 4} bytes; got {premultipliedBgra.Length}.", nameof(premultipliedBgra));
        Width = width;
        Height = height;
        Pixels = premultipliedBgra;
    }

    /// <summary>Width in pixels.</summary>
    public int Width { get; }

    /// <summary>Height in pixels.</summary>
    public int Height { get; }

    /// <summary>Premultiplied B, G, R, A bytes, row by row.</summary>
    public byte[] Pixels { get; }

    /// <summary>Builds an image from straight (not premultiplied) RGBA bytes, as decoders produce them.</summary>
    public static RasterImage FromStraightRgba(int width, int height, ReadOnlySpan<byte> rgba)
    {
        if (rgba.Length != width * height * 4)
            throw new ArgumentException($"A {width}x{height} image needs {width * height * 4} bytes; got {rgba.Length}.", nameof(rgba));
        var bgra = new byte[rgba.Length];
        for (int i = 0; i < rgba.Length; i += 4)
        {
            int a = rgba[i + 3];
            bgra[i] = (byte)((rgba[i + 2] * a + 127) / 255);
            bgra[i + 1] = (byte)((rgba[i + 1] * a + 127) / 255);
            bgra[i + 2] = (byte)((rgba[i] * a + 127) / 255);
            bgra[i + 3] = (byte)a;
        }
        return new RasterImage(width, height, bgra);
    }
}
