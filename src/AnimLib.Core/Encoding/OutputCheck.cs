using System.Globalization;
using System.Text.Json;

namespace AnimLib.Encoding;

/// <summary>
/// Checks a file that an encoder says it wrote, before it is renamed over a previous output or into the cache: ffmpeg
/// exits 0 after failing to write its trailer on a full disk, so its exit code alone does not prove the file whole.
/// </summary>
/// <remarks>
/// An MP4 or QuickTime file is checked in process (<see cref="IsoMediaFile"/>: its boxes lie inside the file, its index
/// is there, its video track's sample count and duration); any other video costs one ffprobe run that counts packets
/// (it demuxes, never decodes). For the streams AnimLib writes (h264, VP9, ProRes, GIF) a packet is a frame, and a file
/// cut short loses the packets past the cut.
/// </remarks>
internal static class OutputCheck
{
    /// <summary>A frame count for <see cref="Video"/> that accepts any number of frames but none.</summary>
    public const int AnyFrames = -1;

    /// <summary>No container AnimLib writes holds even one frame in fewer bytes.</summary>
    private const long MinimumVideoBytes = 32;

    /// <summary>
    /// Throws unless <paramref name="written"/> is a video whose first video stream holds exactly
    /// <paramref name="frames"/> frames and lasts about <paramref name="duration"/> seconds (when positive).
    /// </summary>
    /// <param name="written">The temporary file ffmpeg wrote.</param>
    /// <param name="target">The file it is to become, named in the error.</param>
    /// <param name="frames">Frames sent to ffmpeg (<see cref="AnyFrames"/>: at least one).</param>
    /// <param name="duration">Seconds of video sent (0: not checked).</param>
    /// <exception cref="OutputCheckException">The file is missing, too small, unreadable, or holds the wrong number of frames.</exception>
    public static void Video(string written, string target, int frames, double duration)
    {
        var file = new FileInfo(written);
        if (!file.Exists) throw new OutputCheckException(target, "ffmpeg reported success but wrote no file");
        if (file.Length < MinimumVideoBytes) throw new OutputCheckException(target, $"ffmpeg reported success but wrote only {file.Length} bytes");
        int packets;
        double seconds;
        if (IsoMediaFile.Handles(written))
        {
            string? problem;
            try
            {
                problem = IsoMediaFile.TryReadVideoTrack(written, out packets, out seconds);
            }
            catch (IOException e)
            {
                problem = $"it cannot be read ({e.Message})";
                (packets, seconds) = (-1, 0);
            }
            if (problem is not null)
                throw new OutputCheckException(target, frames == AnyFrames
                    ? $"ffmpeg reported success but the {file.Length}-byte file it wrote does not hold its frames: {problem}"
                    : $"ffmpeg reported success but the {file.Length}-byte file it wrote does not hold the {frames} frames sent: {problem}");
        }
        else
        {
            (packets, seconds) = Probe(written, target, file.Length);
        }
        if (frames == AnyFrames ? packets < 1 : packets != frames)
            throw new OutputCheckException(target, packets < 0
                ? $"ffmpeg reported success but ffprobe could not count the frames of the {file.Length}-byte file it wrote"
                : frames == AnyFrames
                    ? $"ffmpeg reported success but the {file.Length}-byte file it wrote holds no frames"
                    : $"ffmpeg reported success but the {file.Length}-byte file it wrote holds {packets} of the {frames} frames sent");
        if (duration <= 0 || frames <= 0) return;
        // A frame and a half of slack: containers round timestamps (GIF to centiseconds), a cut file loses whole seconds.
        double slack = 1.5 * duration / frames + 0.02;
        if (Math.Abs(seconds - duration) > slack)
            throw new OutputCheckException(target, string.Create(CultureInfo.InvariantCulture,
                $"ffmpeg reported success but the file it wrote lasts {seconds:0.###} s instead of {duration:0.###} s"));
    }

    /// <summary>Counts the packets of the first video stream with ffprobe (it demuxes, never decodes), and reads its duration.</summary>
    private static (int Packets, double Seconds) Probe(string written, string target, long bytes)
    {
        FFMpegCore.IMediaAnalysis media;
        try
        {
            media = FfmpegTools.Probe(written, "-count_packets -select_streams v:0");
        }
        catch (FfmpegException e)
        {
            throw new OutputCheckException(target, $"ffmpeg reported success but the {bytes}-byte file it wrote cannot be read ({e.Message})");
        }
        var stream = media.PrimaryVideoStream
                     ?? throw new OutputCheckException(target, $"ffmpeg reported success but the {bytes}-byte file it wrote has no video stream");
        var raw = media.Raw.Streams.FirstOrDefault(s => s.Index == stream.Index);
        int packets = raw?.ExtensionData is { } extra && extra.TryGetValue("nb_read_packets", out var counted)
                      && int.TryParse(counted.ValueKind == JsonValueKind.String ? counted.GetString() : counted.GetRawText(),
                          NumberStyles.Integer, CultureInfo.InvariantCulture, out int n)
            ? n
            : -1;
        double seconds = stream.Duration > TimeSpan.Zero ? stream.Duration.TotalSeconds : media.Format.Duration.TotalSeconds;
        return (packets, seconds);
    }

    /// <summary>
    /// Throws unless <paramref name="written"/> is a whole PNG of <paramref name="width"/>×<paramref name="height"/>: the
    /// signature, an IHDR of that size, and a chain of chunks that ends with IEND exactly at the end of the file.
    /// </summary>
    /// <remarks>
    /// Walking the chunk headers catches a file cut short anywhere (a full disk) without inflating the image data, which
    /// would cost more than encoding it did: a PNG sequence writes a file per frame.
    /// </remarks>
    /// <exception cref="OutputCheckException">The file is not a PNG, is cut short, or has another size.</exception>
    public static void Png(string written, string target, int width, int height)
    {
        ReadOnlySpan<byte> signature = [137, 80, 78, 71, 13, 10, 26, 10];
        using var file = new FileStream(written, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 12);
        long length = file.Length;
        Span<byte> head = stackalloc byte[8];
        if (length < 8 + 25 || file.Read(head) != 8 || !head.SequenceEqual(signature))
            throw new OutputCheckException(target, $"the PNG written ({length} bytes) does not start like a PNG");
        long offset = 8;
        bool first = true, ended = false;
        Span<byte> chunk = stackalloc byte[16];
        while (offset < length)
        {
            if (ended) throw new OutputCheckException(target, $"the PNG written has {length - offset} bytes after its end");
            if (length - offset < 12) throw new OutputCheckException(target, "the PNG written is cut short inside a chunk header");
            file.Position = offset;
            file.ReadExactly(chunk[..8]);
            long size = System.Buffers.Binary.BinaryPrimitives.ReadUInt32BigEndian(chunk);
            string type = System.Text.Encoding.ASCII.GetString(chunk[4..8]);
            if (offset + 12 + size > length)
                throw new OutputCheckException(target, $"the PNG written is cut short inside its '{type}' chunk ({length} bytes in all)");
            if (first)
            {
                if (type != "IHDR" || size < 8) throw new OutputCheckException(target, "the PNG written does not begin with its header");
                file.ReadExactly(chunk[8..16]);
                int w = (int)System.Buffers.Binary.BinaryPrimitives.ReadUInt32BigEndian(chunk[8..]);
                int h = (int)System.Buffers.Binary.BinaryPrimitives.ReadUInt32BigEndian(chunk[12..]);
                if (w != width || h != height)
                    throw new OutputCheckException(target, $"the PNG written reads back as {w}x{h}, not {width}x{height}");
                first = false;
            }
            ended = type == "IEND";
            offset += 12 + size;
        }
        if (!ended) throw new OutputCheckException(target, "the PNG written is cut short: it has no IEND chunk");
    }
}
