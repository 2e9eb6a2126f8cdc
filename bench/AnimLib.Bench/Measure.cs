using System.Diagnostics;
using System.Reflection;
using AnimLib.Encoding;
using AnimLib.Rendering;

namespace AnimLib.Bench;

/// <summary>What one child process measures: a render of a scene, or the encoder floor for its frames.</summary>
internal static class Measure
{
    /// <summary>Renders the scene to a temporary mp4 and reports frames, wall time, stage split and peak memory.</summary>
    public static RenderMeasurement Render(string sceneName, BenchQuality quality, int jobs, EncoderOptions encoder)
    {
        var scene = CreateScene(sceneName);
        var settings = new SceneSettings(quality.Width, quality.Height, quality.Fps);
        string dir = Directory.CreateTempSubdirectory("animlib-bench-").FullName;
        try
        {
            string path = Path.Combine(dir, sceneName + ".mp4");
            using var encoderMemory = new ChildMemoryProbe();
            var result = SceneRenderer.RenderVideo(scene, settings, path, encoder.Apply(quality), jobs: jobs);
            var t = result.Times!;
            return new RenderMeasurement(result.Frames, result.FramesRasterized, result.WallTime.TotalSeconds,
                jobs > 0 ? jobs : Environment.ProcessorCount, PeakRssMib(), encoderMemory.PeakMiB, new FileInfo(path).Length,
                CpuSeconds().Own, CpuSeconds().Children,
                new StageSeconds(t.SceneLogic.TotalSeconds, t.Snapshot.TotalSeconds, t.Compare.TotalSeconds,
                    t.Rasterize.TotalSeconds, t.EncoderWait.TotalSeconds, t.Backpressure.TotalSeconds));
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    /// <summary>
    /// Renders every frame of the scene first (to a raw file that stays in the page cache), then times only piping
    /// them to ffmpeg with the same settings as a render: what encoding alone costs, the floor no renderer can go below.
    /// </summary>
    /// <remarks>
    /// The frames go through the page cache rather than the managed heap: holding 300 1080p frames (2.5 GB) in the
    /// process itself made the floor slower than a render on this machine, which is no floor at all.
    /// </remarks>
    public static FloorMeasurement Floor(string sceneName, BenchQuality quality, EncoderOptions encoder)
    {
        var scene = CreateScene(sceneName);
        var settings = new SceneSettings(quality.Width, quality.Height, quality.Fps);
        string dir = Directory.CreateTempSubdirectory("animlib-floor-").FullName;
        try
        {
            string raw = Path.Combine(dir, "frames.raw");
            var prerender = Stopwatch.StartNew();
            int frames, distinct;
            using (var file = new RawFrameFile(raw))
            {
                SceneRenderer.RenderFrames(scene, settings, file, jobs: 0);
                (frames, distinct) = (file.Frames, file.Distinct);
            }
            prerender.Stop();

            var buffer = new FrameBuffer(quality.Width, quality.Height);
            var clock = Stopwatch.StartNew();
            using (var input = new FileStream(raw, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 20))
            using (var sink = new FfmpegVideoSink(Path.Combine(dir, "floor.mp4"), encoder.Apply(quality)))
            {
                for (int i = 0; i < frames; i++)
                {
                    input.ReadExactly(buffer.Pixels);
                    sink.WriteFrame(buffer);
                }
                sink.Complete();
            }
            clock.Stop();
            return new FloorMeasurement(frames, distinct, prerender.Elapsed.TotalSeconds, clock.Elapsed.TotalSeconds, CpuSeconds().Children);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    /// <summary>Finds a scene class by name in the bench assembly or the repository's scene project (AnimLib.Scenes).</summary>
    public static Scene CreateScene(string name)
    {
        Assembly[] assemblies = [typeof(Measure).Assembly, typeof(AnimLib.Scenes.Demos.SquareToCircle).Assembly];
        var type = assemblies.SelectMany(a => a.GetTypes())
            .FirstOrDefault(t => t.Name == name && typeof(Scene).IsAssignableFrom(t) && !t.IsAbstract)
            ?? throw new ArgumentException($"No scene named '{name}' in the bench or AnimLib.Scenes.");
        return (Scene)Activator.CreateInstance(type)!;
    }

    /// <summary>
    /// CPU seconds (user + system) used so far by this process and by its finished children (ffmpeg). On a shared,
    /// loaded machine wall times swing widely; CPU time is the steadier measure of the work done.
    /// </summary>
    public static (double Own, double Children) CpuSeconds()
    {
        // Fields after the parenthesised command name: state is field 3, utime 14, stime 15, cutime 16, cstime 17 (clock ticks, 100/s).
        string stat = File.ReadAllText("/proc/self/stat");
        var f = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        double T(int field) => long.Parse(f[field - 3], System.Globalization.CultureInfo.InvariantCulture) / 100.0;
        return (T(14) + T(15), T(16) + T(17));
    }

    /// <summary>Peak resident memory of this process (VmHWM), in MiB.</summary>
    public static double PeakRssMib()
    {
        foreach (var line in File.ReadLines("/proc/self/status"))
            if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
                return long.Parse(line.AsSpan(6).Trim().TrimEnd("kB").Trim()) / 1024.0;
        return double.NaN;
    }

    /// <summary>Appends every frame's raw pixels to a file, counting how many differ from the one before.</summary>
    private sealed class RawFrameFile(string path) : IFrameSink
    {
        private readonly FileStream _out = new(path, FileMode.Create, FileAccess.Write, FileShare.Read, 1 << 20);
        private byte[]? _last;

        public int Frames { get; private set; }

        public int Distinct { get; private set; }

        public void WriteFrame(FrameBuffer frame)
        {
            if (_last is null || !_last.AsSpan().SequenceEqual(frame.Pixels))
            {
                _last ??= new byte[frame.Pixels.Length];
                frame.Pixels.CopyTo(_last, 0);
                Distinct++;
            }
            _out.Write(frame.Pixels);
            Frames++;
        }

        public void Complete() => _out.Flush();

        public void Dispose() => _out.Dispose();
    }
}

/// <summary>Seconds per stage (summed over threads where a stage runs on several).</summary>
internal sealed record StageSeconds(double SceneLogic, double Snapshot, double Compare, double Rasterize, double EncoderWait, double Backpressure);

/// <summary>A child's report of one render.</summary>
internal sealed record RenderMeasurement(int Frames, int Rasterized, double RenderSeconds, int Jobs, double PeakRssMib, double EncoderPeakRssMib, long FileBytes,
    double CpuSeconds, double EncoderCpuSeconds, StageSeconds Stages);

/// <summary>A child's report of one encoder-floor run.</summary>
internal sealed record FloorMeasurement(int Frames, int DistinctFrames, double PrerenderSeconds, double FloorSeconds, double EncoderCpuSeconds);

/// <summary>A benchmark resolution and frame rate, written like <c>480p15</c> or <c>1080p60</c>.</summary>
internal sealed record BenchQuality(string Name, int Width, int Height, double Fps)
{
    public static BenchQuality Parse(string text) => text switch
    {
        "480p15" => new(text, 854, 480, 15),
        "720p30" => new(text, 1280, 720, 30),
        "1080p60" => new(text, 1920, 1080, 60),
        "2160p60" => new(text, 3840, 2160, 60),
        _ => throw new ArgumentException($"Unknown quality '{text}': use 480p15, 720p30, 1080p60 or 2160p60."),
    };
}

/// <summary>Encoder overrides for experiments (the defaults are the renderer's: libx264, preset medium, yuv420p).</summary>
internal sealed record EncoderOptions(string? Preset, int? Crf, bool PipeBgra = false)
{
    public string[] ToArguments() =>
        [.. Preset is null ? Array.Empty<string>() : ["--preset", Preset], .. Crf is int c ? ["--crf", c.ToString(System.Globalization.CultureInfo.InvariantCulture)] : Array.Empty<string>(),
            .. PipeBgra ? ["--bgra"] : Array.Empty<string>()];

    public VideoSettings Apply(BenchQuality q)
    {
        var v = new VideoSettings(q.Width, q.Height, q.Fps);
        if (Preset is not null) v = v with { Preset = Preset };
        if (Crf is int crf) v = v with { Crf = crf };
        if (PipeBgra) v = v with { ConvertInProcess = false };
        return v;
    }
}
