using System.Diagnostics;
using System.Text;
using System.Text.Json;
using AnimLib.Pipeline;

namespace AnimLib.Cli;

/// <summary>
/// Where the time of an <c>animlib render</c> went, as a small JSON file, when <c>ANIMLIB_TIMINGS_FILE</c> names one:
/// the benchmark harness (<c>bench/</c>) reads it to split the command's whole-process time into start-up, the render's
/// stages and the final join. Nothing is written when the variable is unset.
/// </summary>
internal static class TimingsReport
{
    /// <summary>The environment variable naming the file.</summary>
    public const string Variable = "ANIMLIB_TIMINGS_FILE";

    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        WriteIndented = true,
    };

    /// <summary>
    /// Writes the timings of <paramref name="result"/> to the file <see cref="Variable"/> names, if it is set (replacing
    /// what is there: with several scenes, the last one's). A file that cannot be written is a warning: the render itself
    /// succeeded.
    /// </summary>
    public static void WriteIfRequested(string scene, RenderResult result, Action<string> warn)
    {
        string? path = Environment.GetEnvironmentVariable(Variable);
        if (string.IsNullOrWhiteSpace(path)) return;
        try
        {
            string full = Path.GetFullPath(path);
            // Written beside and renamed, so a reader polling for the file never sees half of it.
            string temp = full + ".tmp";
            File.WriteAllText(temp, JsonSerializer.Serialize(Create(scene, result, SinceProcessStart()), Json), new UTF8Encoding(false));
            File.Move(temp, full, overwrite: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            warn($"{Variable}: could not write the timings to {path}: {e.Message}");
        }
    }

    /// <summary>The figures of one render, given how long the process has been running when it ended.</summary>
    internal static RenderTimings Create(string scene, RenderResult result, TimeSpan sinceProcessStart)
    {
        var t = result.Times;
        double render = result.WallTime.TotalSeconds;
        double total = sinceProcessStart.TotalSeconds;
        return new RenderTimings(scene, result.OutputPath, result.Frames, result.FramesRasterized, result.Segments,
            result.SegmentsEncoded, result.SegmentsFromCache,
            // Everything before the render began: the runtime's start, reading the settings, loading the scene
            // assemblies, creating the scene object. The process clock ticks at 10 ms, so it is never taken below zero.
            StartupSeconds: Math.Max(0, total - render),
            t?.SceneLogic.TotalSeconds, t?.Snapshot.TotalSeconds, t?.Compare.TotalSeconds, t?.Rasterize.TotalSeconds,
            t?.EncoderWait.TotalSeconds, t?.Backpressure.TotalSeconds, t?.Join.TotalSeconds,
            render, Math.Max(total, render));
    }

    private static TimeSpan SinceProcessStart()
    {
        using var self = Process.GetCurrentProcess();
        return DateTime.Now - self.StartTime;
    }
}

/// <summary>The JSON that <see cref="TimingsReport"/> writes (snake_case names; stage seconds are summed over the threads that ran them).</summary>
internal sealed record RenderTimings(string Scene, string Output, int Frames, int FramesRasterized, int Segments,
    int SegmentsEncoded, int SegmentsFromCache,
    double StartupSeconds, double? SceneLogicSeconds, double? SnapshotSeconds, double? CompareSeconds, double? RasterizeSeconds,
    double? EncoderWaitSeconds, double? BackpressureSeconds, double? JoinSeconds,
    double RenderSeconds, double TotalSeconds);
