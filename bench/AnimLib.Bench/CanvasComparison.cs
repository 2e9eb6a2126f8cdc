using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using System.Text;
using AnimLib.Display;
using AnimLib.Rendering;

namespace AnimLib.Bench;

/// <summary>One scene at one quality painted by each canvas: CPU milliseconds per frame and how far the pixels differ.</summary>
internal sealed record CanvasFigures(string Scene, string Quality, int Frames, Dictionary<string, double> MsPerFrame,
    double PixelsBeyond3Percent, int MaxChannelDelta);

/// <summary>
/// Paints the very same snapshots with every canvas, one thread each in turn, and times them in CPU time (steadier than
/// wall time on a shared machine). Long scenes are sampled: one frame every <c>every</c> seconds of video.
/// </summary>
internal static class CanvasComparison
{
    public static int Run(IReadOnlyList<string> scenes, IReadOnlyList<BenchQuality> qualities,
        IReadOnlyDictionary<string, Func<ICanvas>> canvases, IReadOnlySet<string> sampledScenes, double every, string resultsDir)
    {
        var all = new List<CanvasFigures>();
        foreach (var quality in qualities)
        {
            foreach (var sceneName in scenes)
            {
                int step = sampledScenes.Contains(sceneName) ? Math.Max(1, (int)Math.Round(every * quality.Fps)) : 1;
                var snapshots = new SampledSnapshots(step);
                AnimLib.Bench.Measure.CreateScene(sceneName).Run(new SceneSettings(quality.Width, quality.Height, quality.Fps), snapshots);
                var figures = Paint(sceneName, quality, snapshots.Frames, canvases);
                all.Add(figures);
                Console.WriteLine(string.Join("  ", figures.MsPerFrame.Select(p => $"{p.Key} {p.Value:0.00} ms")) +
                    $"  {sceneName} {quality.Name} ({figures.Frames} frames; {figures.PixelsBeyond3Percent:0.00} % of pixels differ by > 3, max {figures.MaxChannelDelta})");
            }
        }
        Directory.CreateDirectory(resultsDir);
        string stamp = DateTime.Now.ToString("yyyyMMdd-HHmmss", CultureInfo.InvariantCulture);
        string path = Path.Combine(resultsDir, $"{stamp}-canvases.json");
        File.WriteAllText(path, JsonSerializer.Serialize(all, Driver.Json));
        Console.WriteLine();
        Console.WriteLine(Table(all, canvases.Keys.ToList()));
        Console.WriteLine($"Results: {path}");
        return 0;
    }

    private static CanvasFigures Paint(string scene, BenchQuality quality, List<FrameSnapshot> frames, IReadOnlyDictionary<string, Func<ICanvas>> canvases)
    {
        var ms = new Dictionary<string, double>();
        var last = new Dictionary<string, List<byte[]>>();
        var process = Process.GetCurrentProcess();
        foreach (var (name, make) in canvases)
        {
            using var canvas = make();
            var buffer = new FrameBuffer(quality.Width, quality.Height);
            canvas.Render(frames[0], buffer); // warm-up: JIT, glyph and path caches
            double best = double.MaxValue;
            for (int pass = 0; pass < 2; pass++)
            {
                process.Refresh();
                var t0 = process.TotalProcessorTime;
                foreach (var snap in frames) canvas.Render(snap, buffer);
                process.Refresh();
                best = Math.Min(best, (process.TotalProcessorTime - t0).TotalMilliseconds / frames.Count);
            }
            ms[name] = best;
            // A few frames kept to compare the canvases' pixels.
            var kept = new List<byte[]>();
            for (int i = 0; i < frames.Count; i += Math.Max(1, frames.Count / 8))
            {
                canvas.Render(frames[i], buffer);
                kept.Add((byte[])buffer.Pixels.Clone());
            }
            last[name] = kept;
        }
        var (percent, max) = last.Count >= 2 ? Compare(last.Values.First(), last.Values.Skip(1).First()) : (0, 0);
        return new CanvasFigures(scene, quality.Name, frames.Count, ms, percent, max);
    }

    private static (double Percent, int Max) Compare(List<byte[]> a, List<byte[]> b)
    {
        long beyond = 0, total = 0;
        int max = 0;
        for (int f = 0; f < a.Count; f++)
        {
            var x = a[f];
            var y = b[f];
            for (int i = 0; i < x.Length; i += 4)
            {
                int d = Math.Max(Math.Max(Math.Abs(x[i] - y[i]), Math.Abs(x[i + 1] - y[i + 1])), Math.Max(Math.Abs(x[i + 2] - y[i + 2]), Math.Abs(x[i + 3] - y[i + 3])));
                if (d > 3) beyond++;
                max = Math.Max(max, d);
                total++;
            }
        }
        return (100.0 * beyond / total, max);
    }

    private static string Table(List<CanvasFigures> all, List<string> names)
    {
        var sb = new StringBuilder();
        sb.Append("| scene | quality | frames | ").Append(string.Join(" | ", names.Select(n => $"{n} ms/frame")));
        if (names.Count >= 2) sb.Append($" | {names[1]} / {names[0]} | pixels differing > 3 | max delta");
        sb.AppendLine(" |");
        sb.Append("| --- | --- | ---: | ").Append(string.Join(" | ", names.Select(_ => "---:")));
        if (names.Count >= 2) sb.Append(" | ---: | ---: | ---:");
        sb.AppendLine(" |");
        foreach (var f in all)
        {
            sb.Append(CultureInfo.InvariantCulture, $"| {f.Scene} | {f.Quality} | {f.Frames} | ")
                .Append(string.Join(" | ", names.Select(n => f.MsPerFrame[n].ToString("0.00", CultureInfo.InvariantCulture))));
            if (names.Count >= 2)
                sb.Append(CultureInfo.InvariantCulture,
                    $" | {f.MsPerFrame[names[1]] / f.MsPerFrame[names[0]]:0.00} | {f.PixelsBeyond3Percent:0.00} % | {f.MaxChannelDelta}");
            sb.AppendLine(" |");
        }
        return sb.ToString();
    }
}
