using System.Diagnostics;
using System.Text.Json;

namespace AnimLib.Cli.Tests;

/// <summary>What ffprobe reports about a video's first stream.</summary>
public sealed record VideoProbe(string Codec, int Width, int Height, string FrameRate, int Frames, double Duration, string PixelFormat)
{
    public static VideoProbe Of(string path)
    {
        var psi = new ProcessStartInfo("ffprobe", ["-v", "error", "-select_streams", "v:0", "-count_frames",
            "-show_entries", "stream=codec_name,width,height,r_frame_rate,nb_read_frames,pix_fmt:format=duration", "-of", "json", path])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var p = Process.Start(psi)!;
        string json = p.StandardOutput.ReadToEnd();
        string err = p.StandardError.ReadToEnd();
        p.WaitForExit();
        Assert.True(p.ExitCode == 0, $"ffprobe failed on {path}: {err}");
        using var doc = JsonDocument.Parse(json);
        var s = doc.RootElement.GetProperty("streams")[0];
        var duration = double.Parse(doc.RootElement.GetProperty("format").GetProperty("duration").GetString()!, System.Globalization.CultureInfo.InvariantCulture);
        return new VideoProbe(
            s.GetProperty("codec_name").GetString()!,
            s.GetProperty("width").GetInt32(),
            s.GetProperty("height").GetInt32(),
            s.GetProperty("r_frame_rate").GetString()!,
            int.Parse(s.GetProperty("nb_read_frames").GetString()!),
            duration,
            s.GetProperty("pix_fmt").GetString()!);
    }
}
