using System.Diagnostics;

namespace AnimLib.Core.Tests.Support;

/// <summary>Runs the ffmpeg program, an encoder and decoder independent of Skia, to make and check test images.</summary>
public static class FfmpegTool
{
    /// <summary>Runs ffmpeg quietly with <paramref name="args"/>; returns its standard output, failing the test on a non-zero exit.</summary>
    public static byte[] Run(params string[] args)
    {
        var start = new ProcessStartInfo("ffmpeg") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in (string[])["-nostdin", "-v", "error", "-y", .. args]) start.ArgumentList.Add(a);
        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        using var output = new MemoryStream();
        process.StandardOutput.BaseStream.CopyTo(output);
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"ffmpeg {string.Join(' ', args)} failed: {stderr.Result}");
        return output.ToArray();
    }

    /// <summary>Encodes straight RGBA pixels (one or more frames of <paramref name="width"/> × <paramref name="height"/>) to <paramref name="path"/>.</summary>
    public static void Encode(byte[] rgba, int width, int height, string path, params string[] outputOptions)
    {
        string raw = path + ".rgba";
        File.WriteAllBytes(raw, rgba);
        try
        {
            Run(["-f", "rawvideo", "-pix_fmt", "rgba", "-s", $"{width}x{height}", "-r", "2", "-i", raw, .. outputOptions, path]);
        }
        finally
        {
            File.Delete(raw);
        }
    }

    /// <summary>Decodes the first frame of <paramref name="path"/> to straight RGBA bytes.</summary>
    public static byte[] DecodeRgba(string path) => Run("-i", path, "-frames:v", "1", "-f", "rawvideo", "-pix_fmt", "rgba", "-");
}
