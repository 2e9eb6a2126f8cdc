namespace AnimLib.Encoding;

/// <summary>How a video file is encoded: frame size and rate, plus ffmpeg encoder options.</summary>
/// <param name="Width">Frame width in pixels (even, for the default 4:2:0 pixel format).</param>
/// <param name="Height">Frame height in pixels (even, for the default 4:2:0 pixel format).</param>
/// <param name="Fps">Frames per second.</param>
public sealed record VideoSettings(int Width, int Height, double Fps)
{
    /// <summary>ffmpeg video encoder name (<c>-c:v</c>).</summary>
    public string Codec { get; init; } = "libx264";

    /// <summary>Output pixel format (<c>-pix_fmt</c>); yuv420p is what browsers and players accept everywhere.</summary>
    public string PixelFormat { get; init; } = "yuv420p";

    /// <summary>Constant rate factor (<c>-crf</c>): lower is better quality and larger files; 18 is visually lossless for x264.</summary>
    public int Crf { get; init; } = 18;

    /// <summary>
    /// When true (the default) and <see cref="PixelFormat"/> is yuv420p, AnimLib converts frames to yuv420p itself, on its
    /// rasterizing threads, and pipes those (1.5 bytes a pixel) instead of BGRA (4 bytes), sparing ffmpeg its serial
    /// colour conversion. False pipes BGRA and lets ffmpeg convert.
    /// </summary>
    public bool ConvertInProcess { get; init; } = true;

    /// <summary>Encoder speed/size trade-off (<c>-preset</c>), e.g. ultrafast, fast, medium, slow.</summary>
    public string Preset { get; init; } = "medium";

    /// <summary>
    /// True when the pixel format halves the chroma both ways (4:2:0, with or without alpha), so the encoder needs an even
    /// width and height.
    /// </summary>
    public bool NeedsEvenSize => NeedsEvenSizeFor(PixelFormat);

    /// <summary>True when <see cref="NeedsEvenSize"/> and the width or height is odd.</summary>
    public bool HasOddSizeForItsFormat => IsOddSizeFor(PixelFormat, Width, Height);

    /// <summary>True when <paramref name="pixelFormat"/> is 4:2:0 (with or without alpha); the one place that rule is written.</summary>
    public static bool NeedsEvenSizeFor(string pixelFormat) =>
        (pixelFormat ?? throw new ArgumentNullException(nameof(pixelFormat))).Contains("420", StringComparison.Ordinal);

    /// <summary>True when <paramref name="pixelFormat"/> needs an even size and <paramref name="width"/> or <paramref name="height"/> is odd.</summary>
    public static bool IsOddSizeFor(string pixelFormat, int width, int height) =>
        NeedsEvenSizeFor(pixelFormat) && (width % 2 != 0 || height % 2 != 0);
}
