using System.Diagnostics;
using System.Globalization;
using System.Text.Json;

namespace AnimLib.Bench;

/// <summary>
/// Runs <c>animlib render</c> on a bench scene as a user runs it, in a child process, and measures the whole command:
/// wall time, CPU of it and every ffmpeg it ran, peak memory of it and of its ffmpeg children, and the command's own
/// split of its time (<c>ANIMLIB_TIMINGS_FILE</c>).
/// </summary>
internal static class CommandRunner
{
    /// <summary><c>animlib render --disable-caching</c> in a fresh folder: every animation encoded, as Manim CE's figures were taken.</summary>
    public static CommandRun CacheOff(DriverOptions o, string scene, BenchQuality quality)
    {
        string dir = Directory.CreateTempSubdirectory("animlib-bench-off-").FullName;
        try
        {
            return Run(o, scene, quality, dir, caching: false);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    /// <summary>
    /// <c>animlib render</c> with the partial-movie cache, twice on one fresh media folder: cold (every animation
    /// encoded into the cache), then warm (every animation a cache hit: only the join is left).
    /// </summary>
    public static (CommandRun Cold, CommandRun Warm) CacheColdAndWarm(DriverOptions o, string scene, BenchQuality quality)
    {
        string dir = Directory.CreateTempSubdirectory("animlib-bench-cache-").FullName;
        try
        {
            var cold = Run(o, scene, quality, dir, caching: true);
            var warm = Run(o, scene, quality, dir, caching: true);
            if (warm.Timings.SegmentsEncoded > 0)
                Console.WriteLine($"  note: {scene} {quality.Name}: the warm run encoded {warm.Timings.SegmentsEncoded} of {warm.Timings.Segments} animations again (the scene is not deterministic?)");
            return (cold, warm);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    private static CommandRun Run(DriverOptions o, string scene, BenchQuality quality, string dir, bool caching)
    {
        string timingsFile = Path.Combine(dir, "timings.json");
        File.Delete(timingsFile);
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = dir,
        };
        start.Environment["ANIMLIB_TIMINGS_FILE"] = timingsFile;
        string cliQuality = quality.Name[..quality.Name.IndexOf('p')] + "p";
        // The tool carries no scenes: the bench's own and those of AnimLib.Scenes (the reference workload) are passed.
        foreach (string a in (string[])[o.CliPath!, "render", scene, "--assembly", typeof(Driver).Assembly.Location,
                     "--assembly", typeof(AnimLib.Scenes.SceneAssemblyMarker).Assembly.Location,
                     "--quality", cliQuality, "--fps", quality.Fps.ToString(CultureInfo.InvariantCulture),
                     "--media-dir", Path.Combine(dir, "media"), .. caching ? Array.Empty<string>() : ["--disable-caching"],
                     "--progress", "none", "-o", Path.Combine(dir, scene + ".mp4"),
                     .. o.Jobs > 0 ? ["--jobs", o.Jobs.ToString(CultureInfo.InvariantCulture)] : Array.Empty<string>(),
                     .. o.Encoder.Preset is { } p ? ["--preset", p] : Array.Empty<string>(),
                     .. o.Encoder.Crf is int crf ? ["--crf", crf.ToString(CultureInfo.InvariantCulture)] : Array.Empty<string>()])
            start.ArgumentList.Add(a);

        string what = $"animlib render {scene} {quality.Name}{(caching ? "" : " --disable-caching")}";
        double cpuBefore = Measure.CpuSeconds().Children;
        var clock = Stopwatch.StartNew();
        using var child = Process.Start(start)!;
        using var probe = new ProcessTreeProbe(child.Id);
        var stderr = child.StandardError.ReadToEndAsync();
        string stdout = child.StandardOutput.ReadToEnd();
        child.WaitForExit();
        clock.Stop();
        probe.Dispose(); // final figures before they are read
        if (child.ExitCode != 0)
            throw new InvalidOperationException($"{what} failed (exit {child.ExitCode}):\n{stderr.Result}{stdout}");
        // Children's CPU counts once they are waited for: the command and, through it, every ffmpeg it waited for.
        double cpu = Measure.CpuSeconds().Children - cpuBefore;
        if (!File.Exists(timingsFile))
            throw new InvalidOperationException($"{what} wrote no {timingsFile}: is {o.CliPath} older than ANIMLIB_TIMINGS_FILE?");
        var timings = JsonSerializer.Deserialize<CommandTimings>(File.ReadAllText(timingsFile), Driver.Json)!;
        return new CommandRun(clock.Elapsed.TotalSeconds, cpu, probe.PeakMiB, probe.FfmpegPeakMiB, probe.FfmpegProcesses, timings);
    }
}

/// <summary>One run of the command, as the driver saw it and as the command reported itself.</summary>
/// <param name="WallSeconds">Start to exit, as the driver sees it.</param>
/// <param name="CpuSeconds">CPU seconds (user + system) of the command and every ffmpeg it ran.</param>
/// <param name="PeakRssMib">The command's own VmHWM.</param>
/// <param name="FfmpegPeakRssMib">The largest VmHWM among its ffmpeg children.</param>
/// <param name="FfmpegProcesses">ffmpeg processes it started (as many as 50 ms sampling saw).</param>
/// <param name="Timings">The command's own report (<c>ANIMLIB_TIMINGS_FILE</c>).</param>
internal sealed record CommandRun(double WallSeconds, double CpuSeconds, double PeakRssMib, double FfmpegPeakRssMib, int FfmpegProcesses,
    CommandTimings Timings);

/// <summary>
/// What <c>animlib render</c> writes to <c>ANIMLIB_TIMINGS_FILE</c> (docs/cli.md): start-up, the render's stages (summed
/// over threads, so they overlap), the join, and the segments encoded or taken from the cache.
/// </summary>
internal sealed record CommandTimings(string Scene, int Frames, int FramesRasterized, int Segments, int SegmentsEncoded, int SegmentsFromCache,
    double StartupSeconds, double? SceneLogicSeconds, double? SnapshotSeconds, double? CompareSeconds, double? RasterizeSeconds,
    double? EncoderWaitSeconds, double? BackpressureSeconds, double? JoinSeconds, double RenderSeconds, double TotalSeconds);
