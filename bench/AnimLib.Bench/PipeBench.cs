using System.Diagnostics;
using AnimLib.Encoding;
using AnimLib.Rendering;
using FFMpegCore.Pipes;
using FFMpegCore;

namespace AnimLib.Bench;

/// <summary>
/// Pushes the same frame <c>N</c> times to ffmpeg (libx264, yuv420p) two ways: through <see cref="FfmpegVideoSink"/>'s
/// direct stdin pipe with the in-process yuv420p conversion, and through FFMpegCore's <see cref="RawVideoPipeSource"/>
/// (BGRA frames, ffmpeg converts). Prints wall and CPU seconds (this process plus ffmpeg) for each run.
/// </summary>
/// <remarks>
/// Identical frames keep the encoder's share small and steady, so the difference between the two is the transport and
/// the colour conversion, which is what choosing one over the other changes.
/// </remarks>
public static class PipeBench
{
    /// <summary>Runs <paramref name="rounds"/> rounds of both ways, alternating, and prints one line per run.</summary>
    public static int Run(int frames, int width, int height, string preset, int crf, int rounds)
    {
        var frame = Pattern(width, height);
        string dir = Directory.CreateTempSubdirectory("animlib-pipe-").FullName;
        try
        {
            Console.WriteLine($"{frames} identical {width}x{height} frames, libx264 -preset {preset} -crf {crf}, yuv420p; ffmpeg {FfmpegTools.Ffmpeg}");
            Console.WriteLine("way                                   wall s   CPU s (ours + ffmpeg)   output bytes");
            for (int round = 0; round < rounds; round++)
            {
                Report("direct pipe, in-process yuv420p", () => Direct(Path.Combine(dir, "direct.mp4"), frame, frames, preset, crf));
                Report("FFMpegCore RawVideoPipeSource, bgra", () => ThroughFFMpegCore(Path.Combine(dir, "ffmpegcore.mp4"), frame, frames, preset, crf));
            }
            return 0;
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    private static void Report(string way, Func<string> encode)
    {
        var (own0, children0) = Measure.CpuSeconds();
        var clock = Stopwatch.StartNew();
        string output = encode();
        clock.Stop();
        var (own1, children1) = Measure.CpuSeconds();
        // A file ffmpeg claims to have written is checked, not assumed: an empty one would make either way look fast.
        long bytes = new FileInfo(output).Length;
        if (bytes == 0) throw new InvalidOperationException($"{way}: ffmpeg wrote an empty file.");
        Console.WriteLine($"{way,-37} {clock.Elapsed.TotalSeconds,6:0.00}   {own1 - own0 + children1 - children0,6:0.00} ({own1 - own0:0.00} + {children1 - children0:0.00})   {bytes}");
    }

    private static string Direct(string path, FrameBuffer frame, int frames, string preset, int crf)
    {
        var settings = new VideoSettings(frame.Width, frame.Height, 60) { Preset = preset, Crf = crf, ConvertInProcess = true };
        using var sink = new FfmpegVideoSink(path, settings);
        for (int i = 0; i < frames; i++) sink.WriteFrame(frame);
        sink.Complete();
        return path;
    }

    private static string ThroughFFMpegCore(string path, FrameBuffer frame, int frames, string preset, int crf)
    {
        // FFMpegCore runs the ffmpeg in GlobalFFOptions.BinaryFolder, which FfmpegTools set to the same build.
        _ = FfmpegTools.Ffmpeg;
        var source = new RawVideoPipeSource(Enumerable.Repeat<IVideoFrame>(new BgraFrame(frame), frames)) { FrameRate = 60 };
        FFMpegArguments
            .FromPipeInput(source)
            .OutputToFile(path, true, o => o
                .WithVideoCodec("libx264")
                .WithCustomArgument($"-preset {preset}")
                .WithConstantRateFactor(crf)
                .WithCustomArgument("-pix_fmt yuv420p")
                .WithFastStart())
            .ProcessSynchronously();
        return path;
    }

    /// <summary>A gradient with a few bars: enough detail that the encoder does some work on the first frame.</summary>
    private static FrameBuffer Pattern(int width, int height)
    {
        var frame = new FrameBuffer(width, height);
        for (int y = 0; y < height; y++)
        for (int x = 0; x < width; x++)
        {
            int i = y * frame.Stride + x * 4;
            bool bar = x / 97 % 3 == 0;
            frame.Pixels[i] = (byte)(bar ? 240 : x * 255 / width);
            frame.Pixels[i + 1] = (byte)(y * 255 / height);
            frame.Pixels[i + 2] = (byte)((x + y) % 256);
            frame.Pixels[i + 3] = 255;
        }
        return frame;
    }

    /// <summary>One BGRA frame as FFMpegCore's pipe source writes it.</summary>
    private sealed class BgraFrame(FrameBuffer frame) : IVideoFrame
    {
        public int Width => frame.Width;

        public int Height => frame.Height;

        public string PixelFormat => "bgra";

        public void Serialize(Stream pipe) => pipe.Write(frame.Pixels, 0, frame.Pixels.Length);

        public Task SerializeAsync(Stream pipe, CancellationToken token) => pipe.WriteAsync(frame.Pixels, 0, frame.Pixels.Length, token);
    }
}
