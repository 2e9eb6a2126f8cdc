using System.Globalization;
using AnimLib.Encoding;

namespace AnimLib.Cli.Tests;

/// <summary>What ffprobe reports about a video's first video stream, read through FFMpegCore's <c>FFProbe</c>.</summary>
public sealed record VideoProbe(string Codec, int Width, int Height, string FrameRate, int Frames, double Duration, string PixelFormat)
{
    /// <summary>Codec names of the file's audio streams, in stream order.</summary>
    public IReadOnlyList<string> AudioCodecs { get; init; } = [];

    public static VideoProbe Of(string path)
    {
        // -count_frames decodes the streams and reports nb_read_frames: the frames really there, not the header's count.
        var media = FfmpegTools.Probe(path, "-count_frames");
        var video = media.PrimaryVideoStream;
        Assert.True(video is not null, $"{path} has no video stream");
        var raw = media.Raw.Streams.Single(s => s.Index == video.Index);
        System.Text.Json.JsonElement counted = default;
        Assert.True(raw.ExtensionData?.TryGetValue("nb_read_frames", out counted) == true, $"ffprobe counted no frames in {path}");
        return new VideoProbe(
            video.CodecName ?? "",
            video.Width ?? 0,
            video.Height ?? 0,
            raw.FrameRate ?? "",
            int.Parse(counted.GetString()!, CultureInfo.InvariantCulture),
            media.Format.Duration.TotalSeconds,
            video.PixelFormat ?? "")
        {
            AudioCodecs = media.AudioStreams.Select(a => a.CodecName ?? "").ToList(),
        };
    }
}
