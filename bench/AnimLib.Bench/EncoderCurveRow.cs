using System.Text.Json.Serialization;

namespace AnimLib.Bench;

/// <summary>One point of the encoder grid: an x264 preset and crf, with or without <c>-tune</c>.</summary>
internal sealed record EncoderSetting(string Preset, int Crf, string? Tune)
{
    /// <summary>How the setting reads in tables and choice lines, e.g. <c>veryfast crf 20 tune animation</c>.</summary>
    public override string ToString() => $"{Preset} crf {Crf}{(Tune is null ? "" : " tune " + Tune)}";
}

/// <summary>One encode of one scene at one quality: what it cost and how close it stayed to the frames it was given.</summary>
/// <param name="CpuSeconds">User + system seconds of that ffmpeg alone (the SSIM pass is not counted).</param>
/// <param name="WallSeconds">ffmpeg start to exit.</param>
/// <param name="Kbps">File size over the video's duration, in kbit/s (1000 bits).</param>
/// <param name="SsimAll">ffmpeg's <c>ssim</c> filter, the <c>All:</c> value (Y, U and V weighted by plane size).</param>
/// <param name="SsimDb">-10 log10(1 - <paramref name="SsimAll"/>): equal steps here are equal ratios of the remaining error.</param>
/// <param name="IsDefault">The renderer's own setting (<see cref="AnimLib.Encoding.VideoSettings"/>'s preset and crf, no tune).</param>
internal sealed record EncoderCurveRow(string Scene, string Quality, int Width, int Height, double Fps, int Frames,
    string Preset, int Crf, string? Tune, double CpuSeconds, double WallSeconds, long Bytes, double Kbps,
    double SsimAll, double SsimY, double SsimDb, bool IsDefault)
{
    [JsonIgnore]
    public EncoderSetting Setting => new(Preset, Crf, Tune);
}

/// <summary>The JSON file an <c>encoders</c> run writes (bench/results/encoders-&lt;time&gt;.json).</summary>
internal sealed record EncoderCurveReport(DateTime When, int Cores, string Os, string? Ffmpeg, string Codec, string PixelFormat,
    string DefaultPreset, int DefaultCrf, IReadOnlyList<EncoderCurveRow> Rows);
