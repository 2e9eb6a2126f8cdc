using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;
using AnimLib.Rendering;

namespace AnimLib.Output;

/// <summary>
/// Reads and writes PNG files for <see cref="FrameBuffer"/>s in pure C#, so saving stills and golden
/// images needs no native library.
/// </summary>
/// <remarks>
/// Writing produces 8-bit RGBA. Reading accepts 8-bit, non-interlaced grayscale, gray+alpha, RGB and
/// RGBA images (the formats cairo, libpng defaults and ffmpeg produce); palette and 16-bit images are rejected.
/// </remarks>
public static class PngCodec
{
    private static readonly byte[] Signature = [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A];

    private const int MaxIdatChunk = 1 << 20;

    private const byte ColorGray = 0, ColorRgb = 2, ColorGrayAlpha = 4, ColorRgba = 6;

    private static readonly uint[] CrcTable = BuildCrcTable();

    /// <summary>Writes <paramref name="frame"/> as an 8-bit RGBA PNG with straight (un-premultiplied) alpha.</summary>
    /// <param name="frame">The pixels to save.</param>
    /// <param name="path">Destination file; replaced atomically once the whole image is written.</param>
    public static void Save(FrameBuffer frame, string path)
    {
        ArgumentNullException.ThrowIfNull(frame);
        ArgumentException.ThrowIfNullOrEmpty(path);

        string tmp = path + ".tmp";
        try
        {
            using (var file = new FileStream(tmp, FileMode.Create, FileAccess.Write, FileShare.None))
                Encode(frame, file);
            File.Move(tmp, path, overwrite: true);
        }
        catch
        {
            TryDelete(tmp);
            throw;
        }
    }

    /// <summary>Reads a PNG into a premultiplied BGRA <see cref="FrameBuffer"/>.</summary>
    /// <param name="path">The PNG file.</param>
    /// <exception cref="InvalidDataException">The file is not a PNG, is corrupt, or uses an unsupported variant.</exception>
    public static FrameBuffer Load(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        return Decode(File.ReadAllBytes(path), path);
    }

    private static void Encode(FrameBuffer frame, Stream output)
    {
        output.Write(Signature);

        Span<byte> ihdr = stackalloc byte[13];
        BinaryPrimitives.WriteInt32BigEndian(ihdr, frame.Width);
        BinaryPrimitives.WriteInt32BigEndian(ihdr[4..], frame.Height);
        ihdr[8] = 8;
        ihdr[9] = ColorRgba;
        ihdr[10] = 0;
        ihdr[11] = 0;
        ihdr[12] = 0;
        WriteChunk(output, "IHDR", ihdr);

        var compressed = new MemoryStream();
        using (var z = new ZLibStream(compressed, CompressionLevel.Optimal, leaveOpen: true))
            WriteFilteredRows(frame, z);

        byte[] buffer = compressed.GetBuffer();
        int length = (int)compressed.Length;
        for (int offset = 0; offset < length; offset += MaxIdatChunk)
            WriteChunk(output, "IDAT", buffer.AsSpan(offset, Math.Min(MaxIdatChunk, length - offset)));
        WriteChunk(output, "IEND", []);
    }

    private static void WriteFilteredRows(FrameBuffer frame, Stream z)
    {
        int rowBytes = frame.Width * 4;
        var previous = new byte[rowBytes];
        var current = new byte[rowBytes];
        var candidate = new byte[rowBytes + 1];
        var best = new byte[rowBytes + 1];
        byte[] px = frame.Pixels;

        for (int y = 0; y < frame.Height; y++)
        {
            int src = y * frame.Stride;
            for (int x = 0; x < rowBytes; x += 4)
            {
                byte b = px[src + x], g = px[src + x + 1], r = px[src + x + 2], a = px[src + x + 3];
                current[x] = Unpremultiply(r, a);
                current[x + 1] = Unpremultiply(g, a);
                current[x + 2] = Unpremultiply(b, a);
                current[x + 3] = a;
            }

            // libpng's heuristic: the filter whose output has the smallest sum of signed magnitudes
            // usually compresses best, and trying all five costs little next to deflate.
            long bestScore = long.MaxValue;
            for (byte filter = 0; filter <= 4; filter++)
            {
                long score = ApplyFilter(filter, current, previous, candidate);
                if (score < bestScore)
                {
                    bestScore = score;
                    (best, candidate) = (candidate, best);
                }
            }
            z.Write(best);
            (previous, current) = (current, previous);
        }
    }

    private static long ApplyFilter(byte filter, byte[] row, byte[] prior, byte[] output)
    {
        output[0] = filter;
        long score = 0;
        for (int i = 0; i < row.Length; i++)
        {
            int left = i >= 4 ? row[i - 4] : 0;
            int up = prior[i];
            int upLeft = i >= 4 ? prior[i - 4] : 0;
            int predicted = filter switch
            {
                0 => 0,
                1 => left,
                2 => up,
                3 => (left + up) >> 1,
                _ => Paeth(left, up, upLeft),
            };
            byte v = (byte)(row[i] - predicted);
            output[i + 1] = v;
            int signed = (sbyte)v;
            score += signed < 0 ? -signed : signed;
        }
        return score;
    }

    private static void WriteChunk(Stream output, string type, ReadOnlySpan<byte> data)
    {
        Span<byte> header = stackalloc byte[8];
        BinaryPrimitives.WriteInt32BigEndian(header, data.Length);
        Encoding.ASCII.GetBytes(type, header[4..]);
        output.Write(header);
        output.Write(data);

        uint crc = UpdateCrc(0xFFFFFFFFu, header[4..]);
        crc = UpdateCrc(crc, data) ^ 0xFFFFFFFFu;
        Span<byte> trailer = stackalloc byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(trailer, crc);
        output.Write(trailer);
    }

    private static FrameBuffer Decode(byte[] data, string path)
    {
        if (data.Length < Signature.Length || !data.AsSpan(0, Signature.Length).SequenceEqual(Signature))
            throw new InvalidDataException($"'{path}' is not a PNG file (bad signature).");

        int width = 0, height = 0;
        byte colorType = 0;
        bool sawHeader = false, sawEnd = false;
        ushort[]? transparentKey = null;
        var idat = new MemoryStream();

        int pos = Signature.Length;
        while (pos < data.Length && !sawEnd)
        {
            if (data.Length - pos < 12)
                throw new InvalidDataException($"'{path}' is truncated: incomplete chunk header at byte {pos}.");
            int length = BinaryPrimitives.ReadInt32BigEndian(data.AsSpan(pos));
            if (length < 0 || length > data.Length - pos - 12)
                throw new InvalidDataException($"'{path}' is truncated or corrupt: chunk at byte {pos} claims {length} bytes.");
            var typeBytes = data.AsSpan(pos + 4, 4);
            string type = Encoding.ASCII.GetString(typeBytes);
            var body = data.AsSpan(pos + 8, length);
            uint storedCrc = BinaryPrimitives.ReadUInt32BigEndian(data.AsSpan(pos + 8 + length));
            uint actualCrc = UpdateCrc(UpdateCrc(0xFFFFFFFFu, typeBytes), body) ^ 0xFFFFFFFFu;
            if (storedCrc != actualCrc)
                throw new InvalidDataException($"'{path}' is corrupt: CRC mismatch in {type} chunk at byte {pos}.");

            switch (type)
            {
                case "IHDR":
                    if (length != 13) throw new InvalidDataException($"'{path}' has a malformed IHDR chunk.");
                    width = BinaryPrimitives.ReadInt32BigEndian(body);
                    height = BinaryPrimitives.ReadInt32BigEndian(body[4..]);
                    byte bitDepth = body[8];
                    colorType = body[9];
                    if (width <= 0 || height <= 0)
                        throw new InvalidDataException($"'{path}' has invalid dimensions {width}x{height}.");
                    if (colorType is not (ColorGray or ColorRgb or ColorGrayAlpha or ColorRgba))
                        throw new InvalidDataException(
                            $"'{path}' uses PNG color type {colorType}{(colorType == 3 ? " (palette)" : "")}, which is not supported; use gray, gray+alpha, RGB or RGBA.");
                    if (bitDepth != 8)
                        throw new InvalidDataException($"'{path}' has bit depth {bitDepth}; only 8-bit PNGs are supported.");
                    if (body[10] != 0 || body[11] != 0)
                        throw new InvalidDataException($"'{path}' uses an unknown compression or filter method.");
                    if (body[12] != 0)
                        throw new InvalidDataException($"'{path}' is interlaced (Adam7), which is not supported.");
                    sawHeader = true;
                    break;
                case "tRNS" when sawHeader && colorType is ColorGray or ColorRgb:
                    // A colour key: pixels of exactly this colour are fully transparent.
                    int samples = colorType == ColorGray ? 1 : 3;
                    if (length < samples * 2) throw new InvalidDataException($"'{path}' has a malformed tRNS chunk.");
                    transparentKey = new ushort[samples];
                    for (int s = 0; s < samples; s++)
                        transparentKey[s] = BinaryPrimitives.ReadUInt16BigEndian(body[(s * 2)..]);
                    break;
                case "IDAT":
                    if (!sawHeader) throw new InvalidDataException($"'{path}' has image data before its IHDR chunk.");
                    idat.Write(body);
                    break;
                case "IEND":
                    sawEnd = true;
                    break;
                default:
                    // Bit 5 of the first type byte clear marks a chunk a decoder must understand to render correctly.
                    if ((typeBytes[0] & 0x20) == 0)
                        throw new InvalidDataException($"'{path}' contains critical chunk {type}, which is not supported.");
                    break;
            }
            pos += 12 + length;
        }
        if (!sawHeader) throw new InvalidDataException($"'{path}' has no IHDR chunk.");
        if (idat.Length == 0) throw new InvalidDataException($"'{path}' has no image data.");

        int channels = colorType switch { ColorGray => 1, ColorGrayAlpha => 2, ColorRgb => 3, _ => 4 };
        long rowBytesLong = (long)width * channels;
        if (rowBytesLong > int.MaxValue - 1 || (long)width * height * 4 > Array.MaxLength)
            throw new InvalidDataException($"'{path}' is too large ({width}x{height}).");
        int rowBytes = (int)rowBytesLong;

        var frame = new FrameBuffer(width, height);
        var previous = new byte[rowBytes];
        var current = new byte[rowBytes];
        idat.Position = 0;
        using var z = new ZLibStream(idat, CompressionMode.Decompress);
        for (int y = 0; y < height; y++)
        {
            int filter = ReadRow(z, current, path, y, height);
            Unfilter(filter, current, previous, channels, path, y);
            StoreRow(current, frame, y, colorType, transparentKey);
            (previous, current) = (current, previous);
        }
        return frame;
    }

    private static int ReadRow(ZLibStream z, byte[] row, string path, int y, int height)
    {
        // zlib's own exceptions name neither the file nor the row, which is what a user needs to know.
        try
        {
            int filter = z.ReadByte();
            if (filter >= 0)
            {
                z.ReadExactly(row);
                return filter;
            }
        }
        catch (EndOfStreamException)
        {
        }
        catch (InvalidDataException ex)
        {
            throw new InvalidDataException($"'{path}' has corrupt compressed image data at row {y}: {ex.Message}", ex);
        }
        throw new InvalidDataException($"'{path}' is truncated: image data ends at row {y} of {height}.");
    }

    private static void Unfilter(int filter, byte[] row, byte[] prior, int bpp, string path, int y)
    {
        switch (filter)
        {
            case 0:
                break;
            case 1:
                for (int i = bpp; i < row.Length; i++) row[i] += row[i - bpp];
                break;
            case 2:
                for (int i = 0; i < row.Length; i++) row[i] += prior[i];
                break;
            case 3:
                for (int i = 0; i < row.Length; i++)
                    row[i] += (byte)(((i >= bpp ? row[i - bpp] : 0) + prior[i]) >> 1);
                break;
            case 4:
                for (int i = 0; i < row.Length; i++)
                    row[i] += (byte)Paeth(i >= bpp ? row[i - bpp] : 0, prior[i], i >= bpp ? prior[i - bpp] : 0);
                break;
            default:
                throw new InvalidDataException($"'{path}' uses unknown filter type {filter} on row {y}.");
        }
    }

    private static void StoreRow(byte[] row, FrameBuffer frame, int y, byte colorType, ushort[]? key)
    {
        byte[] px = frame.Pixels;
        int dst = y * frame.Stride;
        for (int x = 0; x < frame.Width; x++, dst += 4)
        {
            byte r, g, b, a;
            switch (colorType)
            {
                case ColorGray:
                    r = g = b = row[x];
                    a = key is not null && key[0] == r ? (byte)0 : (byte)255;
                    break;
                case ColorGrayAlpha:
                    r = g = b = row[x * 2];
                    a = row[x * 2 + 1];
                    break;
                case ColorRgb:
                    r = row[x * 3];
                    g = row[x * 3 + 1];
                    b = row[x * 3 + 2];
                    a = key is not null && key[0] == r && key[1] == g && key[2] == b ? (byte)0 : (byte)255;
                    break;
                default:
                    r = row[x * 4];
                    g = row[x * 4 + 1];
                    b = row[x * 4 + 2];
                    a = row[x * 4 + 3];
                    break;
            }
            px[dst] = Premultiply(b, a);
            px[dst + 1] = Premultiply(g, a);
            px[dst + 2] = Premultiply(r, a);
            px[dst + 3] = a;
        }
    }

    private static int Paeth(int a, int b, int c)
    {
        int p = a + b - c;
        int pa = Math.Abs(p - a), pb = Math.Abs(p - b), pc = Math.Abs(p - c);
        if (pa <= pb && pa <= pc) return a;
        return pb <= pc ? b : c;
    }

    // Exact round(c * a / 255), the same rounding cairo uses, so cairo-written PNGs load back bit-identical.
    private static byte Premultiply(byte c, byte a)
    {
        if (a == 255) return c;
        int t = c * a + 128;
        return (byte)((t + (t >> 8)) >> 8);
    }

    // Same rounding as cairo's PNG writer and FrameBuffer.GetPixel.
    private static byte Unpremultiply(byte c, byte a)
    {
        if (a == 255) return c;
        if (a == 0) return 0;
        return (byte)Math.Min(255, (c * 255 + a / 2) / a);
    }

    /// <summary>Standard CRC-32 (ISO-HDLC, as PNG chunks use) of <paramref name="data"/>.</summary>
    internal static uint Crc32(ReadOnlySpan<byte> data) => UpdateCrc(0xFFFFFFFFu, data) ^ 0xFFFFFFFFu;

    private static uint UpdateCrc(uint crc, ReadOnlySpan<byte> data)
    {
        uint[] table = CrcTable;
        foreach (byte b in data)
            crc = table[(crc ^ b) & 0xFF] ^ (crc >> 8);
        return crc;
    }

    private static uint[] BuildCrcTable()
    {
        var table = new uint[256];
        for (uint n = 0; n < 256; n++)
        {
            uint c = n;
            for (int k = 0; k < 8; k++)
                c = (c & 1) != 0 ? 0xEDB88320u ^ (c >> 1) : c >> 1;
            table[n] = c;
        }
        return table;
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
