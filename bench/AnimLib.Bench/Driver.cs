using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using System.Text;

namespace AnimLib.Bench;

/// <summary>
/// Runs every measurement in its own child process (so whole-process time and peak memory are those of one render),
/// then prints and stores the table.
/// </summary>
internal static class Driver
{
    public const string BeginMarker = "<!-- bench-results:begin -->";
    public const string EndMarker = "<!-- bench-results:end -->";

    /// <summary>Largest raw frame file the encoder floor writes (it stays in the page cache, so it must fit in memory: 6 GiB
    /// holds a 10 s 1080p60 scene and leaves room on a 24 GiB machine).</summary>
    private const long MaxFloorBytes = 6L << 30;

    public static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        WriteIndented = true,
        NumberHandling = System.Text.Json.Serialization.JsonNumberHandling.AllowNamedFloatingPointLiterals,
    };

    public static int Run(DriverOptions o)
    {
        var results = new List<BenchResult>();
        Console.WriteLine($"AnimLib bench: {o.Scenes.Count} scenes x {o.Qualities.Count} qualities, {o.Runs} run(s) each, " +
                          $"jobs {(o.Jobs > 0 ? o.Jobs.ToString(CultureInfo.InvariantCulture) : "auto")}, {Environment.ProcessorCount} cores" +
                          (o.Encoder.Preset is null ? "" : $", preset {o.Encoder.Preset}") +
                          (o.Encoder.PipeBgra ? ", BGRA piped (floor and harness only: the command converts in process)" : "") +
                          (o.Harness ? ", with the harness column" : ""));
        foreach (string scene in o.Scenes)
        foreach (var quality in o.Qualities)
        {
            // The reference workload's scenes run for minutes at 1080p: one run each is enough to report them.
            int runCount = o.SingleRunScenes.Contains(scene) ? 1 : o.Runs;
            // The command a user runs, three ways: as Manim CE's figures were taken (no cache), then with the cache,
            // cold and warm.
            var off = new List<CommandRun>();
            var cold = new List<CommandRun>();
            var warm = new List<CommandRun>();
            for (int r = 0; r < runCount; r++)
            {
                off.Add(CommandRunner.CacheOff(o, scene, quality));
                var (c, w) = CommandRunner.CacheColdAndWarm(o, scene, quality);
                cold.Add(c);
                warm.Add(w);
            }
            // Opt-in, for profiling: SceneRenderer.RenderVideo in a child process of the harness (no CLI).
            var harness = new List<(double Process, RenderMeasurement M)>();
            if (o.Harness)
                for (int r = 0; r < runCount; r++)
                {
                    var (seconds, json) = RunChild(o, "render", scene, quality.Name, o.Jobs > 0 ? ["--jobs", o.Jobs.ToString(CultureInfo.InvariantCulture)] : []);
                    harness.Add((seconds, JsonSerializer.Deserialize<RenderMeasurement>(json, Json)!));
                }

            int frames = off[0].Timings.Frames;
            var floors = new List<FloorMeasurement>();
            // The floor pre-renders every frame to a raw file: BasicMLPWalkThrough at 1080p60 would need 160 GB.
            long rawBytes = (long)frames * quality.Width * quality.Height * 4;
            bool floorFits = rawBytes <= MaxFloorBytes;
            if (!o.NoFloor && !floorFits)
                Console.WriteLine($"  {scene} {quality.Name}: no encoder floor ({rawBytes / (1L << 30)} GiB of raw frames is over the {MaxFloorBytes >> 30} GiB limit)");
            if (!o.NoFloor && floorFits)
                for (int r = 0; r < runCount; r++)
                    floors.Add(JsonSerializer.Deserialize<FloorMeasurement>(RunChild(o, "floor", scene, quality.Name, []).Json, Json)!);

            // The median run by wall time stands for each figure; its own CPU, memory and split are reported with it.
            var offMedian = MedianByWall(off);
            var coldMedian = MedianByWall(cold);
            var warmMedian = MedianByWall(warm);
            double? floor = floors.Count == 0 ? null : Median(floors.Select(f => f.FloorSeconds));
            double? floorCpu = floors.Count == 0 ? null : Median(floors.Select(f => f.EncoderCpuSeconds));
            var peer = PeerFigures.Find(scene, quality.Name);
            double offFps = frames / offMedian.WallSeconds;
            HarnessFigures? harnessFigures = null;
            if (harness.Count > 0)
            {
                var h = harness.OrderBy(r => r.Process).ElementAt(harness.Count / 2);
                harnessFigures = new HarnessFigures(h.Process, h.M.RenderSeconds, h.M.Rasterized, h.M.PeakRssMib, h.M.EncoderPeakRssMib,
                    h.M.CpuSeconds, h.M.EncoderCpuSeconds, h.M.Stages, peer is null ? null : h.M.Frames / h.Process / peer.Fps,
                    harness.Select(r => r.Process).ToList());
            }
            var result = new BenchResult(scene, quality.Name, quality.Width, quality.Height, quality.Fps, frames, offFps,
                offMedian, coldMedian, warmMedian,
                floor, floor is double f ? offMedian.WallSeconds / f : null, floor is double f2 ? coldMedian.WallSeconds / f2 : null,
                floorCpu, floorCpu is double fc && fc > 0 ? offMedian.CpuSeconds / fc : null,
                peer?.Fps, peer?.WallSeconds, peer is null ? null : offFps / peer.Fps,
                off.Select(r => r.WallSeconds).ToList(), cold.Select(r => r.WallSeconds).ToList(), warm.Select(r => r.WallSeconds).ToList())
            {
                Harness = harnessFigures,
            };
            results.Add(result);
            Console.WriteLine(FormatRow(result));
        }

        Console.WriteLine();
        string table = FormatTable(results, o.Harness);
        Console.WriteLine(table);
        Save(o, results, table);
        return 0;
    }

    private static CommandRun MedianByWall(List<CommandRun> runs) => runs.OrderBy(r => r.WallSeconds).ElementAt(runs.Count / 2);

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted[sorted.Count / 2];
    }

    private static (double Seconds, string Json) RunChild(DriverOptions o, string mode, string scene, string quality, string[] extra)
    {
        var start = new ProcessStartInfo(Environment.ProcessPath!)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        // Run the same way as this process: through the dotnet host when that is what started us.
        if (Path.GetFileNameWithoutExtension(Environment.ProcessPath!) == "dotnet") start.ArgumentList.Add(typeof(Driver).Assembly.Location);
        foreach (string a in (string[])[mode, scene, quality, .. extra, .. o.Encoder.ToArguments()]) start.ArgumentList.Add(a);
        var (seconds, stdout) = RunTimed(start, $"{mode} {scene} {quality}");
        return (seconds, stdout.Trim());
    }

    /// <summary>Runs a child process to its end; returns its wall time and standard output, or throws with its output when it fails.</summary>
    private static (double Seconds, string Stdout) RunTimed(ProcessStartInfo start, string what)
    {
        var clock = Stopwatch.StartNew();
        using var child = Process.Start(start)!;
        var stderr = child.StandardError.ReadToEndAsync();
        string stdout = child.StandardOutput.ReadToEnd();
        child.WaitForExit();
        clock.Stop();
        if (child.ExitCode != 0)
            throw new InvalidOperationException($"{what} failed (exit {child.ExitCode}):\n{stderr.Result}{stdout}");
        return (clock.Elapsed.TotalSeconds, stdout);
    }

    private static string F(double? v, string format = "0.00") => v is double d ? d.ToString(format, CultureInfo.InvariantCulture) : "–";

    private static string FormatRow(BenchResult r)
    {
        var off = r.CacheOff;
        var t = off.Timings;
        return $"  {r.Scene,-15} {r.Quality,-8} {r.Frames,4} frames  off {F(off.WallSeconds)} s ({F(r.OffFps, "0.0")} fps)  " +
               $"cold {F(r.CacheCold.WallSeconds)} s  warm {F(r.CacheWarm.WallSeconds)} s  floor {F(r.FloorSeconds)} s  " +
               $"x{F(r.OffOverFloor)} / x{F(r.ColdOverFloor)}  cpu {F(off.CpuSeconds)} vs {F(r.FloorCpuSeconds)} x{F(r.CpuOverFloorCpu)}  " +
               $"RSS {F(off.PeakRssMib, "0")}+{F(off.FfmpegPeakRssMib, "0")} MiB  ffmpeg x{off.FfmpegProcesses}  " +
               $"start {F(t.StartupSeconds)} logic {F(t.SceneLogicSeconds)} snap {F(t.SnapshotSeconds)} raster {F(t.RasterizeSeconds)} " +
               $"enc {F(t.EncoderWaitSeconds)} join {F(t.JoinSeconds)}" +
               (r.OffVsManim is double x ? $"  x{F(x, "0.0")} vs Manim CE" : "") +
               (r.Harness is { } h ? $"  | harness {F(h.ProcessSeconds)} s" : "");
    }

    public static string FormatTable(IReadOnlyList<BenchResult> results, bool harness)
    {
        var sb = new StringBuilder();
        sb.AppendLine("| scene | quality | frames | cache off: wall s | frames/s | cache on: cold / warm wall s | encoder floor s | off / floor | cold / floor | " +
                      "CPU s: off / cold (floor ffmpeg) | CPU / floor CPU | peak RSS MiB (+ ffmpeg) | ffmpeg runs | start-up / logic / snapshot / raster / encoder wait / join s | " +
                      "Manim CE frames/s | vs Manim CE |" + (harness ? " harness wall s | harness vs Manim CE |" : ""));
        sb.AppendLine("| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- | ---: | ---: | ---: | --- | ---: | ---: |" + (harness ? " ---: | ---: |" : ""));
        foreach (var r in results)
        {
            var off = r.CacheOff;
            var t = off.Timings;
            sb.AppendLine($"| {r.Scene} | {r.Quality} | {r.Frames} | {F(off.WallSeconds)} | {F(r.OffFps, "0.0")} | {F(r.CacheCold.WallSeconds)} / {F(r.CacheWarm.WallSeconds)} | " +
                          $"{F(r.FloorSeconds)} | {F(r.OffOverFloor)} | {F(r.ColdOverFloor)} | " +
                          $"{F(off.CpuSeconds, "0.0")} / {F(r.CacheCold.CpuSeconds, "0.0")} ({F(r.FloorCpuSeconds, "0.0")}) | {F(r.CpuOverFloorCpu)} | " +
                          $"{F(off.PeakRssMib, "0")} (+{F(off.FfmpegPeakRssMib, "0")}) | {off.FfmpegProcesses} | " +
                          $"{F(t.StartupSeconds)} / {F(t.SceneLogicSeconds)} / {F(t.SnapshotSeconds)} / {F(t.RasterizeSeconds)} / {F(t.EncoderWaitSeconds)} / {F(t.JoinSeconds)} | " +
                          $"{F(r.ManimFps, "0.0")} | {Times(r.OffVsManim)} |" +
                          (harness ? $" {F(r.Harness?.ProcessSeconds)} | {Times(r.Harness?.SpeedupVsManim)} |" : ""));
        }
        return sb.ToString();
    }

    private static string Times(double? x) => x is double d ? F(d, "0.0") + "x" : "–";

    private static void Save(DriverOptions o, List<BenchResult> results, string table)
    {
        Directory.CreateDirectory(o.ResultsDir);
        string stamp = DateTime.UtcNow.ToString("yyyyMMdd-HHmmss", CultureInfo.InvariantCulture);
        string file = Path.Combine(o.ResultsDir, $"{stamp}{(o.Label is null ? "" : "-" + o.Label)}.json");
        var report = new BenchReport(DateTime.UtcNow, Environment.ProcessorCount, Environment.OSVersion.ToString(), GitCommit(),
            o.Runs, o.Jobs, o.Encoder.Preset ?? "medium", o.Encoder.Crf ?? 18, results);
        File.WriteAllText(file, JsonSerializer.Serialize(report, Json));
        Console.WriteLine($"Wrote {file}");

        if (o.ReadmePath is null || !File.Exists(o.ReadmePath)) return;
        string readme = File.ReadAllText(o.ReadmePath);
        string header = $"_{DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC, {Environment.ProcessorCount} cores, {o.Runs} run(s) per figure (median), " +
                        $"libx264 preset {o.Encoder.Preset ?? "medium"} crf {o.Encoder.Crf ?? 18} yuv420p, jobs {(o.Jobs > 0 ? o.Jobs : Environment.ProcessorCount)}; " +
                        $"`{Path.GetFileName(file)}`_\n\n";
        readme = MarkedSection.Replace(readme, BeginMarker, EndMarker, "## Latest results", header + table);
        File.WriteAllText(o.ReadmePath, readme);
        Console.WriteLine($"Updated the table in {o.ReadmePath}");
    }

    internal static string? GitCommit()
    {
        try
        {
            var p = Process.Start(new ProcessStartInfo("git", "rev-parse --short HEAD") { RedirectStandardOutput = true, RedirectStandardError = true })!;
            string s = p.StandardOutput.ReadToEnd().Trim();
            p.WaitForExit();
            return p.ExitCode == 0 ? s : null;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return null;
        }
    }
}

/// <summary>The driver's command line.</summary>
internal sealed record DriverOptions(IReadOnlyList<string> Scenes, IReadOnlyList<BenchQuality> Qualities, int Runs, int Jobs,
    EncoderOptions Encoder, bool NoFloor, string ResultsDir, string? ReadmePath, string? Label)
{
    /// <summary>The built <c>animlib.dll</c> whose <c>render</c> command is measured.</summary>
    public string? CliPath { get; init; }

    /// <summary>Also measure <c>SceneRenderer.RenderVideo</c> in a child of the harness (no CLI): the profiling column.</summary>
    public bool Harness { get; init; }

    /// <summary>Scenes measured once whatever <see cref="Runs"/> says (the long reference workload).</summary>
    public IReadOnlySet<string> SingleRunScenes { get; init; } = new HashSet<string>();
}

/// <summary>One scene at one quality: the command three ways (median run of each by wall time), the floor, Manim CE's figure.</summary>
/// <param name="OffFps">Frames over the cache-off wall time.</param>
/// <param name="CacheOff"><c>animlib render --disable-caching</c>.</param>
/// <param name="CacheCold"><c>animlib render</c> on an empty media folder (every animation encoded into the cache).</param>
/// <param name="CacheWarm">The same command again on that folder (every animation from the cache: the join).</param>
/// <param name="CpuOverFloorCpu">CPU of the cache-off command with its ffmpeg runs over ffmpeg's CPU in the floor run.</param>
/// <param name="OffVsManim"><paramref name="OffFps"/> over Manim CE's frames per second.</param>
internal sealed record BenchResult(string Scene, string Quality, int Width, int Height, double Fps, int Frames, double OffFps,
    CommandRun CacheOff, CommandRun CacheCold, CommandRun CacheWarm,
    double? FloorSeconds, double? OffOverFloor, double? ColdOverFloor, double? FloorCpuSeconds, double? CpuOverFloorCpu,
    double? ManimFps, double? ManimWallSeconds, double? OffVsManim,
    IReadOnlyList<double> OffSecondsAllRuns, IReadOnlyList<double> ColdSecondsAllRuns, IReadOnlyList<double> WarmSecondsAllRuns)
{
    /// <summary>The harness's own render (<c>--harness</c> only).</summary>
    public HarnessFigures? Harness { get; init; }
}

/// <summary><c>SceneRenderer.RenderVideo</c> in a child of the harness, median run by whole-process time (<c>--harness</c>).</summary>
internal sealed record HarnessFigures(double ProcessSeconds, double RenderSeconds, int Rasterized, double PeakRssMib, double EncoderPeakRssMib,
    double CpuSeconds, double EncoderCpuSeconds, StageSeconds Stages, double? SpeedupVsManim, IReadOnlyList<double> ProcessSecondsAllRuns);

/// <summary>A results file.</summary>
internal sealed record BenchReport(DateTime When, int Cores, string Os, string? Commit, int Runs, int Jobs, string Preset, int Crf,
    IReadOnlyList<BenchResult> Results);
