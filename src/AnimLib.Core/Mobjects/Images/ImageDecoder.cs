using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text;
using AnimLib.Rendering;

namespace AnimLib;

/// <summary>
/// Decodes image files (PNG, JPEG and anything else ffmpeg reads) to <see cref="RasterImage"/>s by running the
/// <c>ffmpeg</c> program, which asks it for one PAM frame in RGBA on stdout. Results are cached per file path and
/// modification time, so a scene that builds many copies decodes each file once.
/// </summary>
public static class ImageDecoder
{
    private static readonly ConcurrentDictionary<(string Path, DateTime Modified), RasterImage> Cache = new();

    /// <summary>Decodes <paramref name="path"/>.</summary>
    /// <exception cref="FileNotFoundException">The file does not exist (the message names the full path).</exception>
    /// <exception cref="InvalidOperationException">ffmpeg is missing or cannot decode the file (the message holds its error output).</exception>
    public static RasterImage Decode(string path)
    {
        var full = Path.GetFullPath(path);
        if (!File.Exists(full))
            throw new FileNotFoundException($"Image file not found: {full}. Check the path (relative paths are resolved from {Environment.CurrentDirectory}).", full);
        var key = (full, File.GetLastWriteTimeUtc(full));
        return Cache.GetOrAdd(key, k => RunFfmpeg(k.Path));
    }

    private static RasterImage RunFfmpeg(string path)
    {
        var exe = Environment.GetEnvironmentVariable("ANIMLIB_FFMPEG");
        var start = new ProcessStartInfo(string.IsNullOrWhiteSpace(exe) ? "ffmpeg" : exe)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var a in new[] { "-nostdin", "-v", "error", "-i", path, "-frames:v", "1", "-f", "image2pipe", "-c:v", "pam", "-pix_fmt", "rgba", "-" })
            start.ArgumentList.Add(a);
        Process process;
        try
        {
            process = Process.Start(start) ?? throw new InvalidOperationException("ffmpeg did not start.");
        }
        catch (System.ComponentModel.Win32Exception ex)
        {
            throw new InvalidOperationException(
                $"Cannot decode image {path}: ffmpeg was not found. Install it with `sudo apt-get install ffmpeg` (or run ./scripts/setup).", ex);
        }
        using (process)
        {
            var stderrTask = process.StandardError.ReadToEndAsync();
            using var buffer = new MemoryStream();
            process.StandardOutput.BaseStream.CopyTo(buffer);
            process.WaitForExit();
            string stderr = stderrTask.Result.Trim();
            if (process.ExitCode != 0 || buffer.Length == 0)
                throw new InvalidOperationException($"ffmpeg could not decode image {path} (exit code {process.ExitCode}): {stderr}");
            return ParsePam(buffer.GetBuffer().AsSpan(0, (int)buffer.Length), path);
        }
    }

    /// <summary>Parses a PAM (P7) image with 4 channels of 8 bits (RGB_ALPHA).</summary>
    internal static RasterImage ParsePam(ReadOnlySpan<byte> data, string what)
    {
        const string End = "ENDHDR\n";
        int headerEnd = data.IndexOf(Encoding.ASCII.GetBytes(End));
        if (headerEnd < 0 || !data.StartsWith("P7\n"u8))
            throw new InvalidOperationException($"ffmpeg returned no PAM image for {what}.");
        int width = 0, height = 0, depth = 0, maxval = 0;
        foreach (var line in Encoding.ASCII.GetString(data[..headerEnd]).Split('\n'))
        {
            var parts = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length != 2) continue;
            switch (parts[0])
            {
                case "WIDTH": width = int.Parse(parts[1]); break;
                case "HEIGHT": height = int.Parse(parts[1]); break;
                case "DEPTH": depth = int.Parse(parts[1]); break;
                case "MAXVAL": maxval = int.Parse(parts[1]); break;
            }
        }
        if (depth != 4 || maxval != 255 || width < 1 || height < 1)
            throw new InvalidOperationException($"ffmpeg returned a {width}x{height} PAM with depth {depth} and maxval {maxval} for {what}; expected 8-bit RGBA.");
        var pixels = data[(headerEnd + End.Length)..];
        if (pixels.Length < width * height * 4)
            throw new InvalidOperationException($"ffmpeg returned a truncated {width}x{height} image for {what}.");
        return RasterImage.FromStraightRgba(width, height, pixels[..(width * height * 4)]);
    }
}
