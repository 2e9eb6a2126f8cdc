using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using AnimLib.Encoding;
using AnimLib.Rendering;

namespace AnimLib.Bench;

/// <summary>
/// The <c>encoders</c> mode: cost and quality of x264 settings on the bench scenes, so the renderer's encoder defaults can
/// be chosen by measurement (bench/README.md, "Encoder settings").
/// </summary>
/// <remarks>
/// For each scene and quality the frames are rendered once, converted to yuv420p exactly as the renderer converts them
/// (<see cref="Yuv420FrameFile"/>), and that file is encoded once per setting, one encode after another so each has the
/// machine to itself. Every encode gets the renderer's other ffmpeg options (codec, pixel format, +faststart), so sizes
/// compare with a render's. Quality is SSIM of the decoded encode against the yuv420p frames it was given: the loss the
/// encoder adds, not the (fixed) loss of 4:2:0 itself. CPU time is the encoding ffmpeg's own user + system time, read
/// from /proc/self/stat's children fields around it; the SSIM pass runs afterwards and is not counted.
/// </remarks>
internal static partial class EncoderCurve
{
    /// <summary>Runs the grid, prints the tables and choice lines, writes the JSON file (and the markdown block if asked).</summary>
    public static int Run(Func<string, string?> flag, IReadOnlyList<string> defaultScenes)
    {
        if (flag("--from") is { } saved)
            return TablesFromResults(saved, flag("--markdown"), flag("--ssim-tolerance"));
        EncoderCurveOptions o;
        try
        {
            o = EncoderCurveOptions.FromFlags(flag, defaultScenes);
        }
        catch (ArgumentException ex)
        {
            Console.Error.WriteLine(ex.Message);
            return 2;
        }

        // The defaults are read from VideoSettings, not restated here, so the comparison follows the renderer if they change.
        var defaults = new VideoSettings(2, 2, 1);
        if (defaults.Codec != "libx264")
            throw new InvalidOperationException($"The encoder grid is x264's presets and crfs, but the renderer now encodes with {defaults.Codec}.");
        var defaultSetting = new EncoderSetting(defaults.Preset, defaults.Crf, null);
        var grid = o.Grid(defaultSetting);
        string ffmpeg = FfmpegTools.Ffmpeg;
        // Running ffmpeg once also brings its libraries into the page cache before the first timed encode.
        string? version = FfmpegTools.VersionLine(ffmpeg) is { } line ? line.Split(" Copyright", 2)[0] : null;
        Console.Error.WriteLine($"{o.Scenes.Count} scenes x {o.Qualities.Count} qualities x {grid.Count} settings, {version ?? ffmpeg}");

        var rows = new List<EncoderCurveRow>();
        foreach (var quality in o.Qualities)
        foreach (string scene in o.Scenes)
            rows.AddRange(MeasureScene(ffmpeg, scene, quality, grid, defaults, defaultSetting));

        Directory.CreateDirectory(o.OutDir);
        var when = DateTime.UtcNow;
        string file = Path.Combine(o.OutDir, $"encoders-{when.ToString("yyyyMMdd-HHmmss", CultureInfo.InvariantCulture)}.json");
        var report = new EncoderCurveReport(when, Environment.ProcessorCount, Environment.OSVersion.ToString(), version,
            defaults.Codec, defaults.PixelFormat, defaultSetting.Preset, defaultSetting.Crf, rows);
        File.WriteAllText(file, JsonSerializer.Serialize(report, Driver.Json));

        string tables = EncoderCurveTables.Render(report, Path.GetFileName(file), o.SsimTolerance);
        Console.WriteLine(tables);
        Console.WriteLine($"Wrote {file}");
        if (o.MarkdownPath is not null)
        {
            EncoderCurveTables.WriteInto(o.MarkdownPath, tables);
            Console.WriteLine($"Updated the encoder tables in {o.MarkdownPath}");
        }
        return 0;
    }

    /// <summary>
    /// <c>encoders --from A.json[,B.json]</c>: the tables of earlier runs (their rows merged, e.g. one run per quality)
    /// without measuring anything, so a README can be written from results taken while the machine was quiet.
    /// </summary>
    private static int TablesFromResults(string files, string? markdownPath, string? toleranceText)
    {
        double tolerance;
        try
        {
            tolerance = EncoderCurveOptions.ParseSsimTolerance(toleranceText);
            if (MarkedSection.MissingTarget(markdownPath) is { } missing) throw new ArgumentException(missing);
        }
        catch (ArgumentException e)
        {
            Console.Error.WriteLine(e.Message);
            return 2;
        }
        var paths = files.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var reports = new List<EncoderCurveReport>();
        foreach (string path in paths)
        {
            if (!File.Exists(path))
            {
                Console.Error.WriteLine($"--from: no file {path} (give the encoders-TIME.json files an earlier run wrote, separated by commas).");
                return 2;
            }
            reports.Add(JsonSerializer.Deserialize<EncoderCurveReport>(File.ReadAllText(path), Driver.Json)
                ?? throw new InvalidDataException($"{path} holds no encoder results."));
        }
        var first = reports[0];
        var merged = first with { Rows = [.. reports.SelectMany(r => r.Rows)] };
        string tables = EncoderCurveTables.Render(merged, string.Join(", ", paths.Select(Path.GetFileName)), tolerance);
        Console.WriteLine(tables);
        if (markdownPath is not null)
        {
            EncoderCurveTables.WriteInto(markdownPath, tables);
            Console.WriteLine($"Updated the encoder tables in {markdownPath}");
        }
        return 0;
    }

    /// <summary>Renders one scene at one quality to yuv420p once, then encodes and scores it with every setting.</summary>
    private static List<EncoderCurveRow> MeasureScene(string ffmpeg, string sceneName, BenchQuality q,
        IReadOnlyList<EncoderSetting> grid, VideoSettings defaults, EncoderSetting defaultSetting)
    {
        string dir = Directory.CreateTempSubdirectory("animlib-encoders-").FullName;
        try
        {
            string source = Path.Combine(dir, "source.yuv");
            int frames;
            using (var file = new Yuv420FrameFile(source, q.Width, q.Height))
            {
                SceneRenderer.RenderFrames(Measure.CreateScene(sceneName), new SceneSettings(q.Width, q.Height, q.Fps), file, jobs: 0);
                frames = file.Frames;
            }
            if (frames == 0) throw new InvalidOperationException($"{sceneName} rendered no frames at {q.Name}.");
            Console.Error.WriteLine($"{sceneName} {q.Name}: {frames} frames");

            var rows = new List<EncoderCurveRow>();
            string output = Path.Combine(dir, "encode.mp4");
            foreach (var setting in grid)
            {
                var (cpu, wall) = Encode(ffmpeg, source, output, q, setting, defaults);
                long bytes = new FileInfo(output).Length;
                var (all, y) = Ssim(ffmpeg, output, source, q, frames);
                double seconds = frames / q.Fps;
                rows.Add(new EncoderCurveRow(sceneName, q.Name, q.Width, q.Height, q.Fps, frames, setting.Preset, setting.Crf,
                    setting.Tune, cpu, wall, bytes, bytes * 8 / 1000.0 / seconds, all, y, -10 * Math.Log10(1 - all),
                    setting == defaultSetting));
                Console.Error.WriteLine($"  {setting}: CPU {cpu:0.00} s, wall {wall:0.00} s, {bytes / 1024.0:0.0} KiB, SSIM {all:0.00000}");
                File.Delete(output);
            }
            return rows;
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    /// <summary>Encodes the yuv420p file as the renderer would (FfmpegVideoSink's arguments), returning CPU and wall seconds.</summary>
    private static (double Cpu, double Wall) Encode(string ffmpeg, string source, string output, BenchQuality q,
        EncoderSetting setting, VideoSettings defaults)
    {
        List<string> args =
        [
            "-hide_banner", "-nostdin", "-loglevel", "error", "-y",
            .. RawInput(source, q),
            // Below: what FfmpegVideoSink.AddOutput passes for an mp4 (threads left to x264, as there).
            "-an", "-c:v", defaults.Codec, "-pix_fmt", defaults.PixelFormat,
            "-preset", setting.Preset, "-crf", setting.Crf.ToString(CultureInfo.InvariantCulture),
            .. setting.Tune is null ? Array.Empty<string>() : ["-tune", setting.Tune],
            "-movflags", "+faststart", output,
        ];
        double before = Measure.CpuSeconds().Children;
        var clock = Stopwatch.StartNew();
        RunFfmpeg(ffmpeg, args, $"encoding {setting}");
        clock.Stop();
        // The child is reaped by the time WaitForExit returns, so its time is already in cutime + cstime.
        double after = Measure.CpuSeconds().Children;
        // Clock ticks are hundredths of a second: rounding drops the float noise of the subtraction, not precision.
        return (Math.Round(after - before, 2), clock.Elapsed.TotalSeconds);
    }

    /// <summary>
    /// SSIM of the decoded encode against the yuv420p source, from ffmpeg's <c>ssim</c> filter: the summary's All and Y
    /// values. The per-frame statistics (on stdout) are counted to make sure every frame was compared.
    /// </summary>
    private static (double All, double Y) Ssim(string ffmpeg, string encoded, string source, BenchQuality q, int frames)
    {
        List<string> args =
        [
            "-hide_banner", "-nostdin", "-nostats", "-loglevel", "info",
            "-i", encoded, .. RawInput(source, q),
            // Both streams restart at zero so the filter pairs frame i with frame i (the mp4's timestamps have another time base).
            "-lavfi", "[0:v]setpts=PTS-STARTPTS[enc];[1:v]setpts=PTS-STARTPTS[src];[enc][src]ssim=stats_file=-",
            "-f", "null", "-",
        ];
        var (stdout, stderr) = RunFfmpeg(ffmpeg, args, "measuring SSIM");
        int compared = stdout.Split('\n').Count(line => line.StartsWith("n:", StringComparison.Ordinal));
        if (compared != frames)
            throw new InvalidOperationException($"The SSIM pass compared {compared} frames, but {frames} were encoded.");
        var match = SsimSummary().Match(stderr);
        if (!match.Success)
            throw new InvalidOperationException($"ffmpeg printed no SSIM summary. It said:{Environment.NewLine}{stderr}");
        return (double.Parse(match.Groups["all"].Value, CultureInfo.InvariantCulture),
            double.Parse(match.Groups["y"].Value, CultureInfo.InvariantCulture));
    }

    /// <summary>The yuv420p file as an ffmpeg input, described as FfmpegVideoSink describes its pipe.</summary>
    private static string[] RawInput(string source, BenchQuality q) =>
    [
        "-f", "rawvideo", "-pix_fmt", "yuv420p",
        "-s", string.Create(CultureInfo.InvariantCulture, $"{q.Width}x{q.Height}"),
        "-r", q.Fps.ToString("R", CultureInfo.InvariantCulture),
        "-i", source,
    ];

    /// <summary>Runs ffmpeg to completion, returning its stdout and stderr.</summary>
    /// <exception cref="InvalidOperationException">ffmpeg exited with an error (the message quotes what it said).</exception>
    private static (string Stdout, string Stderr) RunFfmpeg(string ffmpeg, IEnumerable<string> args, string purpose)
    {
        var start = new ProcessStartInfo(ffmpeg) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (string arg in args) start.ArgumentList.Add(arg);
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"ffmpeg could not be started for {purpose}.");
        // Both streams are drained at once: ffmpeg blocks when either pipe fills.
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        string output = stdout.GetAwaiter().GetResult(), errors = stderr.GetAwaiter().GetResult();
        if (process.ExitCode != 0)
            throw new InvalidOperationException(
                $"ffmpeg failed {purpose} (exit code {process.ExitCode}): {string.Join(' ', start.ArgumentList)}{Environment.NewLine}{errors}");
        return (output, errors);
    }

    [GeneratedRegex(@"SSIM Y:(?<y>[0-9.]+).*All:(?<all>[0-9.]+)")]
    private static partial Regex SsimSummary();
}
