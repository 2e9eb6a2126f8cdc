using System.Diagnostics;
using System.Globalization;
using System.Text.Json;

namespace AnimLib.Docs.Tests;

/// <summary>What ffprobe reports about a video's first stream.</summary>
public sealed record FfProbe(string Codec, int Width, int Height, int Frames, double Duration)
{
    public static FfProbe Of(string path)
    {
        var psi = new ProcessStartInfo("ffprobe", ["-v", "error", "-select_streams", "v:0", "-count_frames",
            "-show_entries", "stream=codec_name,width,height,nb_read_frames:format=duration", "-of", "json", path])
        { RedirectStandardOutput = true, RedirectStandardError = true };
        using var p = Process.Start(psi)!;
        string json = p.StandardOutput.ReadToEnd();
        string err = p.StandardError.ReadToEnd();
        p.WaitForExit();
        Assert.True(p.ExitCode == 0, $"ffprobe failed on {path}: {err}");
        using var doc = JsonDocument.Parse(json);
        var s = doc.RootElement.GetProperty("streams")[0];
        return new FfProbe(s.GetProperty("codec_name").GetString()!, s.GetProperty("width").GetInt32(), s.GetProperty("height").GetInt32(),
            int.Parse(s.GetProperty("nb_read_frames").GetString()!, CultureInfo.InvariantCulture),
            double.Parse(doc.RootElement.GetProperty("format").GetProperty("duration").GetString()!, CultureInfo.InvariantCulture));
    }
}
