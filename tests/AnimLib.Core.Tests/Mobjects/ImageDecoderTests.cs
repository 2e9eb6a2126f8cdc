using AnimLib.Core.Tests.Support;
using AnimLib.Display;
using SkiaSharp;

namespace AnimLib.Core.Tests.Mobjects;

public sealed class ImageDecoderTests : IDisposable
{
    private const int W = 64, H = 32;

    private static readonly (byte R, byte G, byte B, byte A) Red = (255, 0, 0, 255), Green = (0, 255, 0, 255), Blue = (0, 0, 255, 255);
    private static readonly (byte R, byte G, byte B, byte A) HalfWhite = (255, 255, 255, 128), White = (255, 255, 255, 255);

    private readonly string _dir = Directory.CreateTempSubdirectory("animlib-images-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string PathFor(string name) => Path.Combine(_dir, name);

    /// <summary>64 × 32 straight RGBA in quadrants: red, green / blue, <paramref name="lowerRight"/>.</summary>
    private static byte[] Quadrants((byte R, byte G, byte B, byte A) lowerRight)
    {
        var rgba = new byte[W * H * 4];
        for (int y = 0; y < H; y++)
        for (int x = 0; x < W; x++)
        {
            var (r, g, b, a) = (x < W / 2, y < H / 2) switch
            {
                (true, true) => Red,
                (false, true) => Green,
                (true, false) => Blue,
                _ => lowerRight,
            };
            ((ReadOnlySpan<byte>)[r, g, b, a]).CopyTo(rgba.AsSpan((y * W + x) * 4));
        }
        return rgba;
    }

    /// <summary>Asserts the premultiplied pixel at (x, y) is <paramref name="straight"/> premultiplied, each channel within <paramref name="tolerance"/>.</summary>
    private static void AssertPixel(RasterImage image, int x, int y, (byte R, byte G, byte B, byte A) straight, int tolerance)
    {
        int i = (y * image.Width + x) * 4;
        byte[] p = image.Pixels;
        int Pre(byte c) => (int)Math.Round(c * straight.A / 255.0, MidpointRounding.AwayFromZero);
        (int b, int g, int r, int a) expected = (Pre(straight.B), Pre(straight.G), Pre(straight.R), straight.A);
        bool close = Math.Abs(p[i] - expected.b) <= tolerance && Math.Abs(p[i + 1] - expected.g) <= tolerance &&
                     Math.Abs(p[i + 2] - expected.r) <= tolerance && Math.Abs(p[i + 3] - expected.a) <= tolerance;
        Assert.True(close, $"pixel ({x}, {y}): premultiplied BGRA ({p[i]}, {p[i + 1]}, {p[i + 2]}, {p[i + 3]}), expected {expected} ± {tolerance}");
    }

    /// <summary>Checks the centre of each quadrant (away from edges that lossy codecs blur).</summary>
    private static void AssertQuadrants(RasterImage image, (byte, byte, byte, byte)? lowerRight, int tolerance)
    {
        Assert.Equal((W, H), (image.Width, image.Height));
        AssertPixel(image, W / 4, H / 4, Red, tolerance);
        AssertPixel(image, 3 * W / 4, H / 4, Green, tolerance);
        AssertPixel(image, W / 4, 3 * H / 4, Blue, tolerance);
        if (lowerRight is { } lr) AssertPixel(image, 3 * W / 4, 3 * H / 4, lr, tolerance);
    }

    [Fact]
    public void Png_WithAlpha_DecodesToPremultipliedBgra()
    {
        string path = PathFor("alpha.png");
        FfmpegTool.Encode(Quadrants(HalfWhite), W, H, path, "-pix_fmt", "rgba");

        var image = ImageDecoder.Decode(path);

        // Lossless: only premultiplication rounding may differ.
        AssertQuadrants(image, HalfWhite, tolerance: 1);
        AssertPixel(image, 0, 0, Red, tolerance: 0);
        AssertPixel(image, W - 1, H - 1, HalfWhite, tolerance: 1);
    }

    [Fact]
    public void Jpeg_Decodes()
    {
        string path = PathFor("photo.jpg");
        FfmpegTool.Encode(Quadrants(White), W, H, path, "-q:v", "2");

        // JPEG is lossy: block centres come back within a few levels.
        AssertQuadrants(ImageDecoder.Decode(path), White, tolerance: 12);
    }

    [Fact]
    public void LosslessWebP_WithAlpha_Decodes()
    {
        string path = PathFor("picture.webp");
        FfmpegTool.Encode(Quadrants(HalfWhite), W, H, path, "-c:v", "libwebp", "-lossless", "1");

        AssertQuadrants(ImageDecoder.Decode(path), HalfWhite, tolerance: 1);
    }

    [Fact]
    public void AnimatedGif_DecodesItsFirstFrame()
    {
        // Two frames: the quadrants, then opaque black, which must not show.
        byte[] black = new byte[W * H * 4];
        for (int i = 3; i < black.Length; i += 4) black[i] = 255;
        string path = PathFor("anim.gif");
        FfmpegTool.Encode([.. Quadrants(White), .. black], W, H, path, "-loop", "0");

        // GIF stores a palette of at most 256 colours; primaries and white survive it nearly exactly.
        AssertQuadrants(ImageDecoder.Decode(path), White, tolerance: 8);
    }

    [Fact]
    public void Bmp_Decodes()
    {
        string path = PathFor("bitmap.bmp");
        FfmpegTool.Encode(Quadrants(White), W, H, path);

        AssertQuadrants(ImageDecoder.Decode(path), White, tolerance: 0);
    }

    [Fact]
    public void Jpeg_WithExifOrientation_IsTurnedUpright()
    {
        string plain = PathFor("plain.jpg");
        FfmpegTool.Encode(Quadrants(White), W, H, plain, "-q:v", "2");
        string rotated = PathFor("rotated.jpg");
        File.WriteAllBytes(rotated, WithExifOrientation(File.ReadAllBytes(plain), orientation: 6));

        var image = ImageDecoder.Decode(rotated);

        // Orientation 6: the stored image is shown turned 90° clockwise, so the left column (red over blue) becomes the top row.
        Assert.Equal((H, W), (image.Width, image.Height));
        AssertPixel(image, H / 4, W / 4, Blue, tolerance: 12);
        AssertPixel(image, 3 * H / 4, W / 4, Red, tolerance: 12);
        AssertPixel(image, H / 4, 3 * W / 4, White, tolerance: 12);
        AssertPixel(image, 3 * H / 4, 3 * W / 4, Green, tolerance: 12);
    }

    [Theory]
    [InlineData(SKEncodedOrigin.TopLeft, 3, 2, "abc/def")]
    [InlineData(SKEncodedOrigin.TopRight, 3, 2, "cba/fed")]
    [InlineData(SKEncodedOrigin.BottomRight, 3, 2, "fed/cba")]
    [InlineData(SKEncodedOrigin.BottomLeft, 3, 2, "def/abc")]
    [InlineData(SKEncodedOrigin.LeftTop, 2, 3, "ad/be/cf")]
    [InlineData(SKEncodedOrigin.RightTop, 2, 3, "da/eb/fc")]
    [InlineData(SKEncodedOrigin.RightBottom, 2, 3, "fc/eb/da")]
    [InlineData(SKEncodedOrigin.LeftBottom, 2, 3, "cf/be/ad")]
    public void Orientation_MatchesTheExifDefinitions(SKEncodedOrigin origin, int width, int height, string expected)
    {
        // Stored 3 × 2 image "abc/def", one letter per pixel (its code in every byte).
        byte[] stored = [.. "abcdef".SelectMany(c => Enumerable.Repeat((byte)c, 4))];
        var upright = new byte[stored.Length];

        ImageOrientation.Apply(origin, stored, 3, 2, upright);

        Assert.Equal(ImageOrientation.SwapsAxes(origin), (width, height) == (2, 3));
        string rows = string.Join('/', Enumerable.Range(0, height).Select(y =>
            new string([.. Enumerable.Range(0, width).Select(x => (char)upright[(y * width + x) * 4])])));
        Assert.Equal(expected, rows);
    }

    [Theory]
    [InlineData("text.png", "hello, this is not an image at all, just some words")]
    [InlineData("empty.jpg", "")]
    public void NotAnImage_NamesTheFileAndTheSupportedFormats(string name, string content)
    {
        string path = PathFor(name);
        File.WriteAllText(path, content);

        var ex = Assert.Throws<InvalidDataException>(() => ImageDecoder.Decode(path));

        Assert.Contains(path, ex.Message);
        Assert.Contains("PNG, JPEG, WebP, GIF", ex.Message);
    }

    [Fact]
    public void TruncatedJpeg_NamesTheFile()
    {
        string path = PathFor("cut.jpg");
        FfmpegTool.Encode(Quadrants(White), W, H, path, "-q:v", "2");
        byte[] whole = File.ReadAllBytes(path);
        File.WriteAllBytes(path, whole[..(whole.Length * 2 / 3)]);

        var ex = Assert.Throws<InvalidDataException>(() => ImageDecoder.Decode(path));

        Assert.Contains(path, ex.Message);
        Assert.Contains("truncated", ex.Message);
    }

    [Fact]
    public void MissingFile_NamesTheFullPath()
    {
        var ex = Assert.Throws<FileNotFoundException>(() => ImageDecoder.Decode(PathFor("absent.webp")));
        Assert.Contains(PathFor("absent.webp"), ex.Message);
    }

    [Fact]
    public void Cache_ReturnsTheSameImage_UntilTheFileChanges()
    {
        string path = PathFor("cached.png");
        FfmpegTool.Encode(Quadrants(White), W, H, path);
        var first = ImageDecoder.Decode(path);

        Assert.Same(first, ImageDecoder.Decode(Path.Combine(_dir, ".", "cached.png")));

        FfmpegTool.Encode(Quadrants(HalfWhite), W, H, path, "-pix_fmt", "rgba");
        File.SetLastWriteTimeUtc(path, File.GetLastWriteTimeUtc(path).AddMinutes(1));
        var second = ImageDecoder.Decode(path);
        Assert.NotSame(first, second);
        AssertPixel(second, 3 * W / 4, 3 * H / 4, HalfWhite, tolerance: 1);
    }

    /// <summary>Inserts an EXIF (APP1) segment holding only an orientation tag right after the JPEG's start marker.</summary>
    private static byte[] WithExifOrientation(byte[] jpeg, ushort orientation)
    {
        Assert.True(jpeg[0] == 0xFF && jpeg[1] == 0xD8, "not a JPEG");
        byte[] tiff =
        [
            (byte)'I', (byte)'I', 42, 0, 8, 0, 0, 0, // little-endian TIFF header, first IFD at offset 8
            1, 0,                                    // one entry
            0x12, 0x01, 3, 0, 1, 0, 0, 0,            // tag 0x0112 (Orientation), type SHORT, count 1
            (byte)orientation, (byte)(orientation >> 8), 0, 0,
            0, 0, 0, 0,                              // no next IFD
        ];
        byte[] payload = [.. "Exif\0\0"u8, .. tiff];
        int length = payload.Length + 2;
        byte[] segment = [0xFF, 0xE1, (byte)(length >> 8), (byte)length, .. payload];
        return [.. jpeg[..2], .. segment, .. jpeg[2..]];
    }
}
