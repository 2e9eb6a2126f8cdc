using System.Diagnostics;
using AnimLib.Encoding;

namespace AnimLib.Cli.Tests.Support;

/// <summary>Runs ffmpeg/ffprobe (the ones <see cref="FfmpegTools"/> finds) for assertions.</summary>
public static class FfTools
{
    public static string Run(string program, params string[] args)
    {
        using var p = Process.Start(StartInfo(program, args))!;
        var err = p.StandardError.ReadToEndAsync();
        string output = p.StandardOutput.ReadToEnd();
        p.WaitForExit();
        Assert.True(p.ExitCode == 0, $"{program} {string.Join(' ', args)} failed: {err.Result}");
        return output;
    }

    /// <summary>Runs a program that reports on stderr (ffmpeg's filters) and returns that.</summary>
    public static string RunStderr(string program, params string[] args)
    {
        using var p = Process.Start(StartInfo(program, args))!;
        var output = p.StandardOutput.ReadToEndAsync();
        string err = p.StandardError.ReadToEnd();
        p.WaitForExit();
        output.Wait();
        Assert.True(p.ExitCode == 0, $"{program} failed: {err}");
        return err;
    }

    /// <summary>Decodes every frame of a video to raw RGBA bytes (one array per frame).</summary>
    public static List<byte[]> DecodeFrames(string path, int width, int height, string? decoder = null)
    {
        var args = new List<string> { "-v", "error" };
        if (decoder is not null) args.AddRange(["-c:v", decoder]);
        args.AddRange(["-i", path, "-f", "rawvideo", "-pix_fmt", "rgba", "-"]);
        using var p = Process.Start(StartInfo("ffmpeg", [.. args]))!;
        var err = p.StandardError.ReadToEndAsync();
        using var ms = new MemoryStream();
        p.StandardOutput.BaseStream.CopyTo(ms);
        p.WaitForExit();
        Assert.True(p.ExitCode == 0, $"decoding {path} failed: {err.Result}");
        var all = ms.ToArray();
        int size = width * height * 4;
        return Enumerable.Range(0, all.Length / size).Select(i => all.AsSpan(i * size, size).ToArray()).ToList();
    }

    /// <summary>Mean absolute difference of the RGB channels of two RGBA frames.</summary>
    public static double MeanDifference(byte[] a, byte[] b)
    {
        long sum = 0;
        for (int i = 0; i < a.Length; i += 4)
            sum += Math.Abs(a[i] - b[i]) + Math.Abs(a[i + 1] - b[i + 1]) + Math.Abs(a[i + 2] - b[i + 2]);
        return sum / (a.Length / 4 * 3.0);
    }

    /// <summary>"ffmpeg" and "ffprobe" mean the binaries the product itself runs; any other program is run as named.</summary>
    private static ProcessStartInfo StartInfo(string program, IEnumerable<string> args) =>
        new(program switch
        {
            "ffmpeg" => FfmpegTools.Ffmpeg,
            "ffprobe" => FfmpegTools.Ffprobe,
            _ => program,
        }, args)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
}
