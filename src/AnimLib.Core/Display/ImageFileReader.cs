using SkiaSharp;

namespace AnimLib.Display;

/// <summary>
/// Decodes image files through Skia's codecs into premultiplied BGRA rows without padding, the layout of
/// <see cref="RasterImage"/> and a frame buffer. The caller supplies the pixel array once
/// the size is known, so an upright image is decoded straight into its final storage.
/// </summary>
internal static class ImageFileReader
{
    /// <summary>The formats Skia's codecs in this build read, for error messages.</summary>
    public const string SupportedFormats = "PNG, JPEG, WebP, GIF (first frame), BMP, ICO and WBMP";

    /// <summary>
    /// Decodes <paramref name="fullPath"/> (first frame of an animation), turned upright as its EXIF orientation says.
    /// </summary>
    /// <param name="fullPath">An existing file.</param>
    /// <param name="allocate">Given the upright width and height, returns the result and its width × height × 4 pixel array to fill.</param>
    /// <exception cref="InvalidDataException">The file is not an image Skia reads, is truncated or corrupt, or is too large.</exception>
    public static T Read<T>(string fullPath, Func<int, int, (T Result, byte[] Pixels)> allocate)
    {
        using var codec = SKCodec.Create(fullPath, out var created);
        if (codec is null)
        {
            string what = new FileInfo(fullPath).Length == 0 ? "the file is empty"
                : created == SKCodecResult.IncompleteInput ? "the file is truncated, too short to hold an image header"
                : $"not an image in a supported format ({Describe(created)})";
            throw new InvalidDataException($"Cannot decode image {fullPath}: {what}. Supported formats: {SupportedFormats}.");
        }

        int width = codec.Info.Width, height = codec.Info.Height;
        if (width < 1 || height < 1 || (long)width * height * 4 > Array.MaxLength)
            throw new InvalidDataException($"Cannot decode image {fullPath}: its size {width}x{height} is empty or too large.");

        var origin = codec.EncodedOrigin;
        bool swapsAxes = ImageOrientation.SwapsAxes(origin);
        var (result, pixels) = swapsAxes ? allocate(height, width) : allocate(width, height);
        if (pixels.Length != width * height * 4)
            throw new InvalidOperationException($"The pixel array for {fullPath} has {pixels.Length} bytes; {width * height * 4} are needed.");

        // Upright images (nearly all of them) decode in place; a rotated or mirrored one needs one scratch copy to remap from.
        bool upright = origin is SKEncodedOrigin.TopLeft;
        byte[] decoded = upright ? pixels : new byte[pixels.Length];
        // No colour space on the target: Skia then copies the file's colour values as they are, with no colour conversion.
        var info = new SKImageInfo(width, height, SKColorType.Bgra8888, SKAlphaType.Premul);
        SKCodecResult decodedResult;
        unsafe
        {
            fixed (byte* p = decoded)
                decodedResult = codec.GetPixels(info, (nint)p, info.RowBytes, new SKCodecOptions(0));
        }
        if (decodedResult != SKCodecResult.Success)
            throw new InvalidDataException(decodedResult == SKCodecResult.IncompleteInput
                ? $"Cannot decode image {fullPath}: the {codec.EncodedFormat} data is truncated."
                : $"Cannot decode image {fullPath}: the {codec.EncodedFormat} data is corrupt or uses an unsupported variant; Skia says {Describe(decodedResult)}.");

        if (!upright) ImageOrientation.Apply(origin, decoded, width, height, pixels);
        return result;
    }

    private static string Describe(SKCodecResult result) => result switch
    {
        SKCodecResult.Unimplemented => "no codec recognizes the data",
        SKCodecResult.InvalidInput => "the header is invalid",
        SKCodecResult.ErrorInInput => "the data has errors",
        SKCodecResult.IncompleteInput => "the data is incomplete",
        _ => result.ToString(),
    };
}
