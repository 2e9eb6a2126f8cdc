using System.Buffers.Binary;
using System.IO.Compression;
using System.IO.Hashing;
using AnimLib.Core.Tests.Support;
using AnimLib.Encoding;
using AnimLib.Rendering;

namespace AnimLib.Core.Tests.Output;

public sealed class PngFileTests : IDisposable
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

    private static FrameBuffer RandomOpaque(int width, int height, int seed)
    {
        var frame = new FrameBuffer(width, height);
        new Random(seed).NextBytes(frame.Pixels);
        for (int i = 3; i < frame.Pixels.Length; i += 4) frame.Pixels[i] = 255;
        return frame;
    }

    private static byte ColourType(string png) => File.ReadAllBytes(png)[25];

    [Fact]
    public void SaveThenLoad_TranslucentFrame_KeepsAlphaAndStraightColoursWithinOne()
    {
        var original = RandomPremultiplied(37, 23, seed: 1);
        string path = PathFor("roundtrip.png");

        PngFile.Save(original, path);
        var loaded = PngFile.Load(path);

        Assert.Equal(6, ColourType(path)); // RGBA
        Assert.Equal((37, 23), (loaded.Width, loaded.Height));
        for (int y = 0; y < original.Height; y++)
        for (int x = 0; x < original.Width; x++)
        {
            var (r0, g0, b0, a0) = original.GetPixel(x, y);
            var (r1, g1, b1, a1) = loaded.GetPixel(x, y);
            Assert.Equal(a0, a1);
            Assert.True(Math.Abs(r0 - r1) <= 1 && Math.Abs(g0 - g1) <= 1 && Math.Abs(b0 - b1) <= 1,
                $"pixel ({x}, {y}): saved ({r0}, {g0}, {b0}, {a0}), loaded ({r1}, {g1}, {b1}, {a1})");
        }
        Assert.Equal(["roundtrip.png"], Directory.GetFiles(_dir).Select(Path.GetFileName));
    }

    [Fact]
    public void Save_OpaqueFrame_IsWrittenAsRgbAndLoadsBackExactly()
    {
        var original = RandomOpaque(41, 17, seed: 2);
        string path = PathFor("opaque.png");

        PngFile.Save(original, path);

        Assert.Equal(2, ColourType(path)); // RGB: no alpha channel to store when every pixel is opaque
        Assert.Equal(original.Pixels, PngFile.Load(path).Pixels);
    }

    [Fact]
    public void Save_WritesStraightRgbaThatFfmpegReadsBack()
    {
        var original = RandomPremultiplied(19, 11, seed: 3);
        string path = PathFor("for-ffmpeg.png");
        PngFile.Save(original, path);

        byte[] rgba = FfmpegTool.DecodeRgba(path);

        Assert.Equal(19 * 11 * 4, rgba.Length);
        for (int p = 0; p < 19 * 11; p++)
        {
            var (r, g, b, a) = original.GetPixel(p % 19, p / 19);
            Assert.Equal(a, rgba[p * 4 + 3]);
            // A fully transparent pixel's colour is undefined; the others must match GetPixel's un-premultiplication within 1.
            if (a == 0) continue;
            Assert.InRange(rgba[p * 4] - r, -1, 1);
            Assert.InRange(rgba[p * 4 + 1] - g, -1, 1);
            Assert.InRange(rgba[p * 4 + 2] - b, -1, 1);
        }
    }

    [Fact]
    public void Save_ReplacesAnExistingFile()
    {
        string path = PathFor("over.png");
        File.WriteAllText(path, "not a png");
        var frame = RandomOpaque(2, 2, seed: 4);

        PngFile.Save(frame, path);

        Assert.Equal(frame.Pixels, PngFile.Load(path).Pixels);
        Assert.Single(Directory.GetFiles(_dir));
    }

    [Theory]
    [InlineData(0)] // gray
    [InlineData(2)] // RGB
    [InlineData(4)] // gray + alpha
    [InlineData(6)] // RGBA
    public void Load_DecodesEachColourTypeAndFilter_IntoPremultipliedBgra(byte colorType)
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
        File.WriteAllBytes(path, HandMadePng(width, height, colorType, rows));

        var loaded = PngFile.Load(path);

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
            // Premultiplication rounds to nearest; allow 1 for a decoder that rounds the other way at a tie.
            Assert.InRange(loaded.Pixels[i] - Premultiply(b, a), -1, 1);
            Assert.InRange(loaded.Pixels[i + 1] - Premultiply(g, a), -1, 1);
            Assert.InRange(loaded.Pixels[i + 2] - Premultiply(r, a), -1, 1);
        }
    }

    [Fact]
    public void Load_NotAPng_NamesTheFileAndTheSupportedFormats()
    {
        string path = PathFor("text.png");
        File.WriteAllText(path, "hello, this is not an image at all, just some text");

        var ex = Assert.Throws<InvalidDataException>(() => PngFile.Load(path));

        Assert.Contains(path, ex.Message);
        Assert.Contains("PNG, JPEG, WebP", ex.Message);
    }

    [Fact]
    public void Load_TruncatedPng_NamesTheFile()
    {
        string path = PathFor("truncated.png");
        PngFile.Save(RandomPremultiplied(64, 64, seed: 5), path);
        byte[] whole = File.ReadAllBytes(path);
        File.WriteAllBytes(path, whole[..(whole.Length / 2)]);

        var ex = Assert.Throws<InvalidDataException>(() => PngFile.Load(path));

        Assert.Contains(path, ex.Message);
        Assert.Contains("truncated", ex.Message);
    }

    [Fact]
    public void Load_MissingFile_NamesTheFullPath()
    {
        string path = PathFor("absent.png");
        var ex = Assert.Throws<FileNotFoundException>(() => PngFile.Load(path));
        Assert.Contains(path, ex.Message);
    }

    private static int Premultiply(byte c, byte a) => (int)Math.Round(c * a / 255.0, MidpointRounding.AwayFromZero);

    /// <summary>A minimal independent PNG writer, so decoding is tested on files no Skia encoder made.</summary>
    /// <remarks>Row y uses filter y % 5, so all five filters are decoded, each with and without a previous row.</remarks>
    private static byte[] HandMadePng(int width, int height, byte colorType, byte[][] rows)
    {
        int bpp = colorType switch { 0 => 1, 4 => 2, 2 => 3, _ => 4 };
        var raw = new MemoryStream();
        var prior = new byte[rows[0].Length];
        for (int y = 0; y < height; y++)
        {
            byte filter = (byte)(y % 5);
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
        System.Text.Encoding.ASCII.GetBytes(type).CopyTo(buf, 4);
        body.CopyTo(buf, 8);
        BinaryPrimitives.WriteUInt32BigEndian(buf.AsSpan(8 + body.Length), Crc32.HashToUInt32(buf.AsSpan(4, 4 + body.Length)));
        s.Write(buf);
    }

    private static int Paeth(int a, int b, int c)
    {
        int p = a + b - c;
        int pa = Math.Abs(p - a), pb = Math.Abs(p - b), pc = Math.Abs(p - c);
        return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
    }
}
