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
                          (o.Encoder.Preset is null ? "" : $", preset {o.Encoder.Preset}") + (o.Encoder.PipeBgra ? ", BGRA piped" : ""));
        foreach (string scene in o.Scenes)
        foreach (var quality in o.Qualities)
        {
            // The reference workload's scenes run for minutes at 1080p: one run each is enough to report them.
            int runCount = o.SingleRunScenes.Contains(scene) ? 1 : o.Runs;
            var runs = new List<(double Process, RenderMeasurement M)>();
            for (int r = 0; r < runCount; r++)
            {
                var (seconds, json) = RunChild(o, "render", scene, quality.Name, o.Jobs > 0 ? ["--jobs", o.Jobs.ToString(CultureInfo.InvariantCulture)] : []);
                runs.Add((seconds, JsonSerializer.Deserialize<RenderMeasurement>(json, Json)!));
            }
            // The same scene through the animlib command, as a user runs it (like Manim CE's figures: --disable-caching).
            var cli = new List<(double Wall, double Cpu)>();
            if (o.CliPath is not null)
                for (int r = 0; r < runCount; r++) cli.Add(RunCli(o, scene, quality));
            var floors = new List<FloorMeasurement>();
            // The floor pre-renders every frame to a raw file: BasicMLPWalkThrough at 1080p60 would need 160 GB.
            long rawBytes = (long)runs[0].M.Frames * quality.Width * quality.Height * 4;
            bool floorFits = rawBytes <= MaxFloorBytes;
            if (!o.NoFloor && !floorFits)
                Console.WriteLine($"  {scene} {quality.Name}: no encoder floor ({rawBytes / (1L << 30)} GiB of raw frames is over the {MaxFloorBytes >> 30} GiB limit)");
            if (!o.NoFloor && floorFits)
                for (int r = 0; r < runCount; r++)
                    floors.Add(JsonSerializer.Deserialize<FloorMeasurement>(RunChild(o, "floor", scene, quality.Name, []).Json, Json)!);

            // The median run by whole-process time stands for the scene; its own figures are reported with it.
            var median = runs.OrderBy(r => r.Process).ElementAt(runs.Count / 2);
            double? floor = floors.Count == 0 ? null : floors.Select(f => f.FloorSeconds).Order().ElementAt(floors.Count / 2);
            double? floorCpu = floors.Count == 0 ? null : floors.Select(f => f.EncoderCpuSeconds).Order().ElementAt(floors.Count / 2);
            double cpu = median.M.CpuSeconds + median.M.EncoderCpuSeconds;
            var peer = PeerFigures.Find(scene, quality.Name);
            double fps = median.M.Frames / median.Process;
            var cliMedian = cli.Count == 0 ? ((double, double)?)null : cli.OrderBy(c => c.Wall).ElementAt(cli.Count / 2);
            var result = new BenchResult(scene, quality.Name, quality.Width, quality.Height, quality.Fps,
                median.M.Frames, median.M.Rasterized, median.M.Jobs,
                median.Process, fps, median.M.RenderSeconds, median.M.PeakRssMib, median.M.EncoderPeakRssMib, median.M.FileBytes, median.M.Stages,
                floor, floor is double f ? median.M.RenderSeconds / f : null,
                median.M.CpuSeconds, median.M.EncoderCpuSeconds, floorCpu, floorCpu is double fc && fc > 0 ? cpu / fc : null,
                peer?.Fps, peer?.WallSeconds, peer is null ? null : fps / peer.Fps,
                runs.Select(r => r.Process).ToList())
            {
                CliSeconds = cliMedian?.Item1,
                CliCpuSeconds = cliMedian?.Item2,
                CliFps = cliMedian is { } c ? median.M.Frames / c.Item1 : null,
                CliSpeedupVsManim = cliMedian is { } c2 && peer is not null ? median.M.Frames / c2.Item1 / peer.Fps : null,
            };
            results.Add(result);
            Console.WriteLine(FormatRow(result));
        }

        Console.WriteLine();
        string table = FormatTable(results);
        Console.WriteLine(table);
        Save(o, results, table);
        return 0;
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

    /// <summary>
    /// Runs <c>animlib render</c> on the bench scene in a child process; returns its wall time and the CPU time of it and
    /// its ffmpeg children together.
    /// </summary>
    private static (double Wall, double Cpu) RunCli(DriverOptions o, string scene, BenchQuality quality)
    {
        string dir = Directory.CreateTempSubdirectory("animlib-bench-cli-").FullName;
        try
        {
            var start = new ProcessStartInfo("dotnet")
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
                WorkingDirectory = dir,
            };
            string cliQuality = quality.Name[..quality.Name.IndexOf('p')] + "p";
            // The tool carries no scenes: the bench's own and those of AnimLib.Scenes (the reference workload) are passed.
            foreach (string a in (string[])[o.CliPath!, "render", scene, "--assembly", typeof(Driver).Assembly.Location,
                         "--assembly", typeof(AnimLib.Scenes.SceneAssemblyMarker).Assembly.Location,
                         "--quality", cliQuality, "--fps", quality.Fps.ToString(CultureInfo.InvariantCulture),
                         "--disable-caching", "--progress", "none", "-o", Path.Combine(dir, scene + ".mp4"),
                         .. o.Jobs > 0 ? ["--jobs", o.Jobs.ToString(CultureInfo.InvariantCulture)] : Array.Empty<string>(),
                         .. o.Encoder.Preset is { } p ? ["--preset", p] : Array.Empty<string>(),
                         .. o.Encoder.Crf is int crf ? ["--crf", crf.ToString(CultureInfo.InvariantCulture)] : Array.Empty<string>()])
                start.ArgumentList.Add(a);
            double cpuBefore = Measure.CpuSeconds().Children;
            var (seconds, _) = RunTimed(start, $"animlib render {scene} {quality.Name}");
            // Children's CPU counts once they are waited for: the CLI and, through it, every ffmpeg it ran.
            return (seconds, Measure.CpuSeconds().Children - cpuBefore);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    private static string F(double? v, string format = "0.00") => v is double d ? d.ToString(format, CultureInfo.InvariantCulture) : "–";

    private static string FormatRow(BenchResult r) =>
        $"  {r.Scene,-15} {r.Quality,-8} {r.Frames,4} frames  {F(r.ProcessSeconds)} s ({F(r.ProcessFps, "0.0")} fps)  " +
        $"render {F(r.RenderSeconds)} s  floor {F(r.FloorSeconds)} s  x{F(r.RenderOverFloor)}  cpu {F(r.CpuSeconds)}+{F(r.EncoderCpuSeconds)} vs {F(r.FloorCpuSeconds)} x{F(r.CpuOverFloorCpu)}  RSS {F(r.PeakRssMib, "0")}+{F(r.EncoderPeakRssMib, "0")} MiB  " +
        $"logic {F(r.Stages.SceneLogic)} snap {F(r.Stages.Snapshot)} raster {F(r.Stages.Rasterize)} enc {F(r.Stages.EncoderWait)}" +
        (r.CliSeconds is null ? "" : $"  | animlib CLI {F(r.CliSeconds)} s, cpu {F(r.CliCpuSeconds)} s, x{F(r.CliSpeedupVsManim, "0.0")} vs Manim CE");

    public static string FormatTable(IReadOnlyList<BenchResult> results)
    {
        var sb = new StringBuilder();
        sb.AppendLine("| scene | quality | frames | wall s (process) | frames/s | peak RSS MiB (+ ffmpeg) | logic / snapshot / raster / encoder wait s | render s | encoder floor s | render / floor | CPU s: ours + ffmpeg (floor) | CPU / floor CPU | Manim CE frames/s | vs Manim CE | `animlib render` wall s (CPU s) | `animlib render` vs Manim CE |");
        sb.AppendLine("| --- | --- | ---: | ---: | ---: | ---: | --- | ---: | ---: | ---: | --- | ---: | ---: | ---: | ---: | ---: |");
        foreach (var r in results)
        {
            var s = r.Stages;
            sb.AppendLine($"| {r.Scene} | {r.Quality} | {r.Frames} | {F(r.ProcessSeconds)} | {F(r.ProcessFps, "0.0")} | {F(r.PeakRssMib, "0")} (+{F(r.EncoderPeakRssMib, "0")}) | " +
                          $"{F(s.SceneLogic)} / {F(s.Snapshot)} / {F(s.Rasterize)} / {F(s.EncoderWait)} | {F(r.RenderSeconds)} | {F(r.FloorSeconds)} | " +
                          $"{F(r.RenderOverFloor)} | {F(r.CpuSeconds, "0.0")} + {F(r.EncoderCpuSeconds, "0.0")} ({F(r.FloorCpuSeconds, "0.0")}) | {F(r.CpuOverFloorCpu)} | {F(r.ManimFps, "0.0")} | {(r.SpeedupVsManim is double x ? F(x, "0.0") + "x" : "–")} | " +
                          $"{F(r.CliSeconds)} ({F(r.CliCpuSeconds, "0.0")}) | {(r.CliSpeedupVsManim is double y ? F(y, "0.0") + "x" : "–")} |");
        }
        return sb.ToString();
    }

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
        string block = $"{BeginMarker}\n_{DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC, {Environment.ProcessorCount} cores, {o.Runs} run(s) per figure (median), " +
                       $"libx264 preset {o.Encoder.Preset ?? "medium"} crf {o.Encoder.Crf ?? 18} yuv420p, jobs {(o.Jobs > 0 ? o.Jobs : Environment.ProcessorCount)}; " +
                       $"`{Path.GetFileName(file)}`_\n\n{table}{EndMarker}";
        int begin = readme.IndexOf(BeginMarker, StringComparison.Ordinal);
        int end = readme.IndexOf(EndMarker, StringComparison.Ordinal);
        readme = begin >= 0 && end > begin
            ? readme[..begin] + block + readme[(end + EndMarker.Length)..]
            : readme.TrimEnd() + "\n\n## Latest results\n\n" + block + "\n";
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
    /// <summary>The built <c>animlib.dll</c> to time as a user runs it, or null to skip those figures.</summary>
    public string? CliPath { get; init; }

    /// <summary>Scenes measured once whatever <see cref="Runs"/> says (the long reference workload).</summary>
    public IReadOnlySet<string> SingleRunScenes { get; init; } = new HashSet<string>();
}

/// <summary>One scene at one quality.</summary>
internal sealed record BenchResult(string Scene, string Quality, int Width, int Height, double Fps, int Frames, int Rasterized, int Jobs,
    double ProcessSeconds, double ProcessFps, double RenderSeconds, double PeakRssMib, double EncoderPeakRssMib, long FileBytes, StageSeconds Stages,
    double? FloorSeconds, double? RenderOverFloor, double CpuSeconds, double EncoderCpuSeconds, double? FloorCpuSeconds, double? CpuOverFloorCpu, double? ManimFps, double? ManimWallSeconds, double? SpeedupVsManim,
    IReadOnlyList<double> ProcessSecondsAllRuns)
{
    /// <summary>Median wall time of <c>animlib render … --disable-caching</c> (segments, their ffmpeg runs and the join).</summary>
    public double? CliSeconds { get; init; }

    /// <summary>CPU time of that command and its ffmpeg children.</summary>
    public double? CliCpuSeconds { get; init; }

    /// <summary>Frames per second of that command, whole process.</summary>
    public double? CliFps { get; init; }

    /// <summary><see cref="CliFps"/> over Manim CE's frames per second.</summary>
    public double? CliSpeedupVsManim { get; init; }
}

/// <summary>A results file.</summary>
internal sealed record BenchReport(DateTime When, int Cores, string Os, string? Commit, int Runs, int Jobs, string Preset, int Crf,
    IReadOnlyList<BenchResult> Results);
