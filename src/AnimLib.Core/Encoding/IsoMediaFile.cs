using System.Buffers.Binary;

namespace AnimLib.Encoding;

/// <summary>
/// Reads, without starting a process, what <see cref="OutputCheck"/> needs from an MP4 or QuickTime file (the ISO base
/// media format): that every top-level box lies inside the file, that the index ('moov') is there, and the sample count
/// and duration of the first video track.
/// </summary>
/// <remarks>
/// A render writes one partial movie per animation (BasicMLPWalkThrough: 259); an ffprobe per file costs ~70 ms of
/// process start-up, reading the boxes well under a millisecond. ffmpeg writes the index after the media data, so a
/// file cut short by a full disk ends inside its 'mdat' box and has no 'moov': both are caught here.
/// </remarks>
internal static class IsoMediaFile
{
    /// <summary>The index is small (a few KiB per thousand frames); a larger one is not what ffmpeg wrote here.</summary>
    private const long MaxIndexBytes = 64L << 20;

    /// <summary>True for the extensions whose files are ISO base media files.</summary>
    public static bool Handles(string path) =>
        Path.GetExtension(path).ToLowerInvariant() is ".mp4" or ".mov" or ".m4v";

    /// <summary>
    /// Reads the first video track's sample count and duration in seconds, or says what is wrong with the file.
    /// </summary>
    /// <returns>Null when the file reads whole; otherwise the problem, in words.</returns>
    public static string? TryReadVideoTrack(string path, out int samples, out double seconds)
    {
        samples = 0;
        seconds = 0;
        using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 12);
        long length = file.Length;
        long offset = 0, moovStart = -1, moovSize = 0;
        Span<byte> header = stackalloc byte[16];
        while (offset < length)
        {
            if (length - offset < 8) return $"it ends {length - offset} bytes into a box header";
            file.Position = offset;
            file.ReadExactly(header[..8]);
            long size = BinaryPrimitives.ReadUInt32BigEndian(header);
            string type = System.Text.Encoding.ASCII.GetString(header[4..8]);
            int headerSize = 8;
            if (size == 1)
            {
                if (length - offset < 16) return $"it ends inside the header of its '{type}' box";
                file.ReadExactly(header[8..16]);
                size = (long)BinaryPrimitives.ReadUInt64BigEndian(header[8..]);
                headerSize = 16;
            }
            else if (size == 0)
            {
                size = length - offset; // the box runs to the end of the file
            }
            if (size < headerSize) return $"its '{type}' box at byte {offset} has an impossible size {size}";
            if (offset + size > length) return $"it ends inside its '{type}' box ({length - offset} of {size} bytes): it was cut short";
            if (type == "moov")
            {
                moovStart = offset + headerSize;
                moovSize = size - headerSize;
            }
            offset += size;
        }
        if (moovStart < 0) return "it has no 'moov' index: it was not finished";
        if (moovSize > MaxIndexBytes) return $"its 'moov' index is {moovSize} bytes, more than a file of frames needs";
        var moov = new byte[moovSize];
        file.Position = moovStart;
        file.ReadExactly(moov);
        foreach (var trak in Children(moov, "trak"))
        {
            var mdia = Children(trak, "mdia").FirstOrDefault();
            if (mdia.IsEmpty) continue;
            var hdlr = Children(mdia, "hdlr").FirstOrDefault();
            // hdlr: version and flags (4), pre-defined (4), handler type (4).
            if (hdlr.Length < 12 || System.Text.Encoding.ASCII.GetString(hdlr.Span[8..12]) != "vide") continue;
            var mdhd = Children(mdia, "mdhd").FirstOrDefault();
            var stsz = Children(mdia, "minf").SelectMany(m => Children(m, "stbl")).SelectMany(s => Children(s, "stsz")).FirstOrDefault();
            if (mdhd.IsEmpty || stsz.Length < 12) return "its video track has no media header or sample sizes";
            // stsz: version and flags (4), sample size (4), sample count (4).
            samples = (int)Math.Min(int.MaxValue, BinaryPrimitives.ReadUInt32BigEndian(stsz.Span[8..12]));
            var m = mdhd.Span;
            // mdhd version 0: times are 32-bit (timescale at 12, duration at 16); version 1: 64-bit (timescale at 20, duration at 24).
            (uint timescale, ulong duration) = m[0] == 1 && m.Length >= 32
                ? (BinaryPrimitives.ReadUInt32BigEndian(m[20..]), BinaryPrimitives.ReadUInt64BigEndian(m[24..]))
                : m.Length >= 20 ? (BinaryPrimitives.ReadUInt32BigEndian(m[12..]), BinaryPrimitives.ReadUInt32BigEndian(m[16..])) : (0u, 0ul);
            seconds = timescale == 0 ? 0 : (double)duration / timescale;
            return null;
        }
        return "it has no video track";
    }

    /// <summary>The payloads of the child boxes of type <paramref name="type"/> inside <paramref name="parent"/>.</summary>
    private static IEnumerable<ReadOnlyMemory<byte>> Children(ReadOnlyMemory<byte> parent, string type)
    {
        int offset = 0;
        while (offset + 8 <= parent.Length)
        {
            var span = parent.Span;
            long size = BinaryPrimitives.ReadUInt32BigEndian(span[offset..]);
            string boxType = System.Text.Encoding.ASCII.GetString(span.Slice(offset + 4, 4));
            int headerSize = 8;
            if (size == 1 && offset + 16 <= parent.Length)
            {
                size = (long)BinaryPrimitives.ReadUInt64BigEndian(span[(offset + 8)..]);
                headerSize = 16;
            }
            else if (size == 0)
            {
                size = parent.Length - offset;
            }
            if (size < headerSize || offset + size > parent.Length) yield break;
            if (boxType == type) yield return parent.Slice(offset + headerSize, (int)size - headerSize);
            offset += (int)size;
        }
    }
}
