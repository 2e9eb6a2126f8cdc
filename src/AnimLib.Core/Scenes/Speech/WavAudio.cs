using System.Buffers.Binary;

namespace AnimLib.Scenes;

/// <summary>
/// Uncompressed PCM WAV files: their length from the header, and joining pieces of one format into one file. The
/// scene layer measures speech itself, so that timing a voiceover needs no ffprobe.
/// </summary>
internal static class WavAudio
{
    /// <summary>Length in seconds of the PCM WAV file at <paramref name="path"/>.</summary>
    /// <exception cref="InvalidDataException">The file is not a PCM WAV file.</exception>
    public static double Duration(string path)
    {
        var (format, data) = Read(path);
        return data.Length / (double)ByteRate(format, path);
    }

    /// <summary>Writes the sound of <paramref name="pieces"/> one after the other into <paramref name="outputPath"/>.</summary>
    /// <returns>The length of each piece in seconds, in order.</returns>
    /// <exception cref="InvalidDataException">A piece is not PCM WAV, or the pieces differ in format.</exception>
    public static IReadOnlyList<double> Concatenate(IReadOnlyList<string> pieces, string outputPath)
    {
        if (pieces.Count == 0) throw new ArgumentException("There are no pieces to join.", nameof(pieces));
        byte[]? format = null;
        var lengths = new List<double>();
        using var body = new MemoryStream();
        foreach (var piece in pieces)
        {
            var (f, data) = Read(piece);
            format ??= f;
            if (!f.AsSpan().SequenceEqual(format))
                throw new InvalidDataException($"'{piece}' has another sample format than '{pieces[0]}'; they cannot be joined.");
            body.Write(data);
            lengths.Add(data.Length / (double)ByteRate(f, piece));
        }
        using var output = File.Create(outputPath);
        void Chunk(string id, int length)
        {
            Span<byte> u32 = stackalloc byte[4];
            output.Write(System.Text.Encoding.ASCII.GetBytes(id));
            BinaryPrimitives.WriteInt32LittleEndian(u32, length);
            output.Write(u32);
        }
        Chunk("RIFF", checked(4 + 8 + format!.Length + 8 + (int)body.Length));
        output.Write("WAVE"u8);
        Chunk("fmt ", format.Length);
        output.Write(format);
        Chunk("data", (int)body.Length);
        body.Position = 0;
        body.CopyTo(output);
        return lengths;
    }

    private static int ByteRate(byte[] format, string path)
    {
        int rate = BinaryPrimitives.ReadInt32LittleEndian(format.AsSpan(8, 4));
        if (rate <= 0) throw new InvalidDataException($"'{path}' has a WAV header with no byte rate.");
        return rate;
    }

    /// <summary>The <c>fmt </c> chunk and the samples of a PCM WAV file.</summary>
    private static (byte[] Format, byte[] Data) Read(string path)
    {
        byte[] bytes = File.ReadAllBytes(path);
        if (bytes.Length < 12 || !bytes.AsSpan(0, 4).SequenceEqual("RIFF"u8) || !bytes.AsSpan(8, 4).SequenceEqual("WAVE"u8))
            throw new InvalidDataException($"'{path}' is not a WAV file.");
        byte[]? format = null;
        int at = 12;
        while (at + 8 <= bytes.Length)
        {
            var id = bytes.AsSpan(at, 4);
            // Streamed WAV files (a pipe) leave the size 0 or -1: the data then runs to the end of the file.
            long size = BinaryPrimitives.ReadUInt32LittleEndian(bytes.AsSpan(at + 4, 4));
            int start = at + 8;
            int length = (int)Math.Min(size, bytes.Length - start);
            if (id.SequenceEqual("fmt "u8))
            {
                format = bytes.AsSpan(start, length).ToArray();
                if (format.Length < 16 || BinaryPrimitives.ReadUInt16LittleEndian(format) is not (1 or 0xFFFE))
                    throw new InvalidDataException($"'{path}' is a compressed WAV file; only PCM can be measured and joined.");
            }
            else if (id.SequenceEqual("data"u8))
            {
                if (format is null) throw new InvalidDataException($"'{path}' has its samples before its format.");
                if (size == 0 || size == uint.MaxValue) length = bytes.Length - start;
                return (format, bytes.AsSpan(start, length).ToArray());
            }
            at = start + length + (length & 1);
        }
        throw new InvalidDataException($"'{path}' has no {(format is null ? "format" : "data")} chunk.");
    }
}
