using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;
using AnimLib.Output;
using AnimLib.Rendering;
using AnimLib.Rendering.Cairo;

namespace AnimLib.Core.Tests.Output;

public sealed class PngCodecTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("animlib-png-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string PathFor(string name) => Path.Combine(_dir, name);

    /// <summary>Valid premultiplied pixels (each colour channel at most alpha), including fully transparent and opaque ones.</summary>
    private static FrameBuffer RandomPremultiplied(int width, int height, int seed)
    {
        var rng = new Random(seed);
        var frame = new FrameBuffer(width, height);
        for (int i = 0; i < frame.Pixels.Length; i += 4)
        {
            int a = (i / 4 % 7) switch { 0 => 0, 1 => 255, _ => rng.Next(256) };
            for (int c = 0; c < 3; c++) frame.Pixels[i + c] = (byte)rng.Next(a + 1);
            frame.Pixels[i + 3] = (byte)a;
        }
        return frame;
    }

    [Fact]
    public void SaveThenLoad_RoundTripsPremultipliedPixelsExactly()
    {
        var original = RandomPremultiplied(37, 23, seed: 1);
        string path = PathFor("roundtrip.png");

        PngCodec.Save(original, path);
        var loaded = PngCodec.Load(path);

        Assert.Equal(37, loaded.Width);
        Assert.Equal(23, loaded.Height);
        Assert.Equal(original.Pixels, loaded.Pixels);
        Assert.False(File.Exists(path + ".tmp"));
    }

    [Fact]
    public void Save_WritesStraightRgbaThatCairoReadsBackIdentically()
    {
        var original = RandomPremultiplied(19, 11, seed: 2);
        string path = PathFor("for-cairo.png");
        PngCodec.Save(original, path);

        var fromCairo = ReadWithCairo(path);

        Assert.Equal(original.Pixels, fromCairo.Pixels);
    }

    [Fact]
    public void Save_OverwritesExistingFile()
    {
        string path = PathFor("over.png");
        File.WriteAllText(path, "not a png");
        var frame = new FrameBuffer(2, 2);
        Array.Fill(frame.Pixels, (byte)255);

        PngCodec.Save(frame, path);

        Assert.Equal(frame.Pixels, PngCodec.Load(path).Pixels);
    }

    [Theory]
    [InlineData(false)] // cairo writes fully opaque ARGB32 surfaces as colour type 2 (RGB)
    [InlineData(true)]  // and translucent ones as colour type 6 (RGBA)
    public void Load_ReadsFilesWrittenByCairo(bool translucent)
    {
        var frame = new FrameBuffer(48, 32);
        var snapshot = new FrameSnapshot
        {
            PixelWidth = 48,
            PixelHeight = 32,
            Background = translucent ? Rgba.Transparent : new Rgba(0.1f, 0.2f, 0.3f, 1),
            Items =
            [
                new VectorItem { Points = Circle(20, 16, 12), Fill = new Rgba(0.99f, 0.38f, 0.33f, translucent ? 0.6f : 1f) },
                new VectorItem { Points = Circle(30, 14, 9), Stroke = new Rgba(0.2f, 0.9f, 0.4f, translucent ? 0.35f : 1f), StrokeWidth = 3 },
            ],
        };
        using (var canvas = new CairoCanvas()) canvas.Render(snapshot, frame);
        string path = PathFor("cairo.png");
        WriteWithCairo(frame, path);
        Assert.Equal(translucent ? 6 : 2, File.ReadAllBytes(path)[25]);

        var loaded = PngCodec.Load(path);

        Assert.Equal(frame.Pixels, loaded.Pixels);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(4)]
    [InlineData(2)]
    [InlineData(6)]
    public void Load_DecodesEveryColourTypeAndFilterType(byte colorType)
    {
        const int width = 9, height = 10;
        int channels = colorType switch { 0 => 1, 4 => 2, 2 => 3, _ => 4 };
        var rng = new Random(colorType);
        var rows = new byte[height][];
        for (int y = 0; y < height; y++)
        {
            rows[y] = new byte[width * channels];
            rng.NextBytes(rows[y]);
        }
        string path = PathFor($"type{colorType}.png");
        // Each row uses filter (y % 5), so all five filters are decoded, each with and without a previous row.
        File.WriteAllBytes(path, HandMadePng(width, height, colorType, rows, y => (byte)(y % 5)));

        var loaded = PngCodec.Load(path);

        for (int y = 0; y < height; y++)
        for (int x = 0; x < width; x++)
        {
            byte[] s = rows[y][(x * channels)..((x + 1) * channels)];
            (byte r, byte g, byte b, byte a) = colorType switch
            {
                0 => (s[0], s[0], s[0], (byte)255),
                4 => (s[0], s[0], s[0], s[1]),
                2 => (s[0], s[1], s[2], (byte)255),
                _ => (s[0], s[1], s[2], s[3]),
            };
            int i = y * loaded.Stride + x * 4;
            Assert.Equal(a, loaded.Pixels[i + 3]);
            Assert.Equal(Premultiply(b, a), loaded.Pixels[i]);
            Assert.Equal(Premultiply(g, a), loaded.Pixels[i + 1]);
            Assert.Equal(Premultiply(r, a), loaded.Pixels[i + 2]);
        }
    }

    [Fact]
    public void Load_RejectsSixteenBitImagesWithThePathInTheMessage()
    {
        string path = PathFor("deep.png");
        byte[] png = HandMadePng(2, 2, 2, [new byte[12], new byte[12]], _ => 0);
        png[24] = 16; // bit depth in IHDR
        FixIhdrCrc(png);
        File.WriteAllBytes(path, png);

        var ex = Assert.Throws<InvalidDataException>(() => PngCodec.Load(path));
        Assert.Contains(path, ex.Message);
        Assert.Contains("bit depth 16", ex.Message);
    }

    [Fact]
    public void Load_RejectsPaletteAndInterlacedImages()
    {
        string palette = PathFor("palette.png");
        byte[] png = HandMadePng(2, 2, 2, [new byte[6], new byte[6]], _ => 0);
        png[25] = 3;
        FixIhdrCrc(png);
        File.WriteAllBytes(palette, png);
        Assert.Contains(palette, Assert.Throws<InvalidDataException>(() => PngCodec.Load(palette)).Message);

        string interlaced = PathFor("interlaced.png");
        png = HandMadePng(2, 2, 2, [new byte[6], new byte[6]], _ => 0);
        png[28] = 1;
        FixIhdrCrc(png);
        File.WriteAllBytes(interlaced, png);
        Assert.Contains("interlaced", Assert.Throws<InvalidDataException>(() => PngCodec.Load(interlaced)).Message);
    }

    [Fact]
    public void Load_RejectsCorruptAndNonPngFiles()
    {
        string notPng = PathFor("text.png");
        File.WriteAllText(notPng, "hello, this is not an image");
        Assert.Contains(notPng, Assert.Throws<InvalidDataException>(() => PngCodec.Load(notPng)).Message);

        string corrupt = PathFor("corrupt.png");
        byte[] png = HandMadePng(2, 2, 2, [new byte[6], new byte[6]], _ => 0);
        png[20] ^= 1; // inside IHDR, so its CRC no longer matches
        File.WriteAllBytes(corrupt, png);
        Assert.Contains("CRC", Assert.Throws<InvalidDataException>(() => PngCodec.Load(corrupt)).Message);

        string truncated = PathFor("truncated.png");
        var frame = RandomPremultiplied(20, 20, seed: 3);
        PngCodec.Save(frame, truncated);
        byte[] whole = File.ReadAllBytes(truncated);
        File.WriteAllBytes(truncated, whole[..(whole.Length / 2)]);
        Assert.Contains(truncated, Assert.Throws<InvalidDataException>(() => PngCodec.Load(truncated)).Message);
    }

    [Fact]
    public void Crc32_MatchesTheStandardCheckValue()
    {
        Assert.Equal(0xCBF43926u, PngCodec.Crc32("123456789"u8));
    }

    private static byte Premultiply(byte c, byte a) => (byte)Math.Round(c * a / 255.0, MidpointRounding.AwayFromZero);

    private static float[] Circle(float cx, float cy, float r)
    {
        // Four-arc cubic approximation of a circle.
        const float k = 0.5522848f;
        float[] p =
        [
            cx + r, cy, cx + r, cy + k * r, cx + k * r, cy + r, cx, cy + r,
            cx, cy + r, cx - k * r, cy + r, cx - r, cy + k * r, cx - r, cy,
            cx - r, cy, cx - r, cy - k * r, cx - k * r, cy - r, cx, cy - r,
            cx, cy - r, cx + k * r, cy - r, cx + r, cy - k * r, cx + r, cy,
        ];
        return p;
    }

    private static unsafe void WriteWithCairo(FrameBuffer frame, string path)
    {
        fixed (byte* data = frame.Pixels)
        {
            nint surface = CairoNative.cairo_image_surface_create_for_data(data, CairoNative.FormatArgb32, frame.Width, frame.Height, frame.Stride);
            try
            {
                Assert.Equal(0, CairoNative.cairo_surface_write_to_png(surface, path));
            }
            finally
            {
                CairoNative.cairo_surface_destroy(surface);
            }
        }
    }

    private static unsafe FrameBuffer ReadWithCairo(string path)
    {
        nint surface = CairoNative.cairo_image_surface_create_from_png(path);
        try
        {
            Assert.Equal(0, CairoNative.cairo_surface_status(surface));
            int width = CairoNative.cairo_image_surface_get_width(surface);
            int height = CairoNative.cairo_image_surface_get_height(surface);
            int stride = CairoNative.cairo_image_surface_get_stride(surface);
            byte* data = CairoNative.cairo_image_surface_get_data(surface);
            var frame = new FrameBuffer(width, height);
            for (int y = 0; y < height; y++)
                new ReadOnlySpan<byte>(data + y * stride, width * 4).CopyTo(frame.Pixels.AsSpan(y * frame.Stride));
            return frame;
        }
        finally
        {
            CairoNative.cairo_surface_destroy(surface);
        }
    }

    /// <summary>A minimal independent PNG writer, so decoding is tested against more than our own encoder.</summary>
    private static byte[] HandMadePng(int width, int height, byte colorType, byte[][] rows, Func<int, byte> filterForRow)
    {
        int bpp = colorType switch { 0 => 1, 4 => 2, 2 => 3, _ => 4 };
        var raw = new MemoryStream();
        var prior = new byte[rows[0].Length];
        for (int y = 0; y < height; y++)
        {
            byte filter = filterForRow(y);
            byte[] row = rows[y];
            raw.WriteByte(filter);
            for (int i = 0; i < row.Length; i++)
            {
                int left = i >= bpp ? row[i - bpp] : 0, up = prior[i], upLeft = i >= bpp ? prior[i - bpp] : 0;
                int predicted = filter switch
                {
                    0 => 0,
                    1 => left,
                    2 => up,
                    3 => (left + up) / 2,
                    _ => Paeth(left, up, upLeft),
                };
                raw.WriteByte((byte)(row[i] - predicted));
            }
            prior = row;
        }
        var compressed = new MemoryStream();
        using (var z = new ZLibStream(compressed, CompressionLevel.Fastest, leaveOpen: true)) raw.WriteTo(z);

        var png = new MemoryStream();
        png.Write([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]);
        var ihdr = new byte[13];
        BinaryPrimitives.WriteInt32BigEndian(ihdr, width);
        BinaryPrimitives.WriteInt32BigEndian(ihdr.AsSpan(4), height);
        ihdr[8] = 8;
        ihdr[9] = colorType;
        Chunk(png, "IHDR", ihdr);
        Chunk(png, "tEXt", "Comment\0ancillary chunks are skipped"u8.ToArray());
        // Split the image data over two IDAT chunks, which decoders must concatenate.
        byte[] data = compressed.ToArray();
        Chunk(png, "IDAT", data[..(data.Length / 2)]);
        Chunk(png, "IDAT", data[(data.Length / 2)..]);
        Chunk(png, "IEND", []);
        return png.ToArray();
    }

    private static void Chunk(Stream s, string type, byte[] body)
    {
        var buf = new byte[12 + body.Length];
        BinaryPrimitives.WriteInt32BigEndian(buf, body.Length);
        Encoding.ASCII.GetBytes(type).CopyTo(buf, 4);
        body.CopyTo(buf, 8);
        BinaryPrimitives.WriteUInt32BigEndian(buf.AsSpan(8 + body.Length), PngCodec.Crc32(buf.AsSpan(4, 4 + body.Length)));
        s.Write(buf);
    }

    private static void FixIhdrCrc(byte[] png) =>
        BinaryPrimitives.WriteUInt32BigEndian(png.AsSpan(29), PngCodec.Crc32(png.AsSpan(12, 17)));

    private static int Paeth(int a, int b, int c)
    {
        int p = a + b - c;
        int pa = Math.Abs(p - a), pb = Math.Abs(p - b), pc = Math.Abs(p - c);
        return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
    }
}
