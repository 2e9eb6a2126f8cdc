using System.Globalization;
using System.Text.Json;
using AnimLib.Bench;
using AnimLib.Encoding;
using AnimLib.Rendering;

// AnimLib.Bench run [--quick] [--runs N] [--scenes A,B] [--qualities 480p15,1080p60] [--jobs N] [--preset P] [--crf N]
//                   [--no-floor] [--results DIR] [--readme FILE | --no-readme] [--label TEXT] [--cli PATH/animlib.dll] [--harness]
//                   (`animlib render` per scene and quality: cache off, cache cold, cache warm; the encoder floor)
// AnimLib.Bench render <Scene> <quality> [--jobs N] [--preset P] [--crf N]   (SceneRenderer.RenderVideo alone, JSON on stdout: profiling)
// AnimLib.Bench floor <Scene> <quality> [--preset P] [--crf N]
// AnimLib.Bench logic <Scene> <quality>                                     (scene logic and snapshots only, 3 runs)
// AnimLib.Bench frames <Scene> <quality> <dir> <i,j,..>                     (saves those frames as PNGs)
// AnimLib.Bench canvases [--scenes A,B] [--qualities 480p15,1080p60] [--every S] [--results DIR]
//                                                                           (the same snapshots painted by each canvas)
// AnimLib.Bench pipe [--frames 300] [--size 1920x1080] [--preset medium] [--crf 18] [--runs 2]
//                   (the direct stdin pipe vs FFMpegCore's RawVideoPipeSource, wall and CPU seconds)
// AnimLib.Bench latency [--cli PATH/animlib.dll] [--edits 5] [--build-edits 3] [--results DIR]
//                   (animlib preview: save -> new render ready, against dotnet build + animlib render; bench/README.md)
// AnimLib.Bench encoders [--scenes A,B] [--qualities 480p15,1080p60] [--presets ultrafast,...] [--crfs 16,18,20,23]
//                   [--tune-crfs 18,20|none] [--ssim-tolerance 0.001] [--out DIR] [--markdown FILE]
//                   (x264 preset x crf grid on the scenes' yuv420p frames: CPU, wall, size, SSIM; bench/README.md)
// AnimLib.Bench encoders --from A.json[,B.json] [--markdown FILE]   (the tables of earlier runs, nothing measured)
// AnimLib.Bench scaling --cli PATH/animlib.dll [--jobs 1,2,3,4,6,8] [--shards 1,2,4,8,16] [--markdown FILE] ...
//                   (animlib render with each --jobs, and split by --shard I/N then joined; ScalingOptions.Usage)
// AnimLib.Bench scaling --from scaling-TIME.json [--markdown FILE]  (the tables of an earlier run, nothing measured)
// --bgra pipes BGRA and lets ffmpeg convert (the renderer's behaviour before in-process yuv420p conversion): the floor and
// render modes only (the command always converts in process).

string[] referenceScenes = ["TransformBench", "ManyDotsBench", "MatrixBench", "TextBench", "TexBench", "SurfaceBench", "DepthBench"];
// The reference workload's scenes join the full run (not --quick: they are long) once they exist.
string[] workloadScenes = ["BatchBackprop", "BasicMLPWalkThrough"];
string mode = args.Length > 0 ? args[0] : "run";
var flags = new Dictionary<string, string>();
var positional = new List<string>();
for (int i = 1; i < args.Length; i++)
{
    if (args[i] is "--quick" or "--no-floor" or "--bgra" or "--harness" or "--no-readme") flags[args[i]] = "1";
    else if (args[i].StartsWith("--", StringComparison.Ordinal) && i + 1 < args.Length) flags[args[i]] = args[++i];
    else positional.Add(args[i]);
}
string? Flag(string name) => flags.GetValueOrDefault(name);
int? IntFlag(string name) => Flag(name) is { } v ? int.Parse(v, CultureInfo.InvariantCulture) : null;
var encoder = new EncoderOptions(Flag("--preset"), IntFlag("--crf"), Flag("--bgra") is not null);

switch (mode)
{
    case "render":
        Console.WriteLine(JsonSerializer.Serialize(
            Measure.Render(positional[0], BenchQuality.Parse(positional[1]), IntFlag("--jobs") ?? 0, encoder), Driver.Json));
        return 0;
    case "logic":
        // Scene logic and snapshots alone (no pixels), cold then warm: separates JIT and set-up from per-frame work.
        for (int run = 0; run < 3; run++)
        {
            var q = BenchQuality.Parse(positional[1]);
            var scene = Measure.CreateScene(positional[0]);
            var counter = new NullOutput();
            var clock = System.Diagnostics.Stopwatch.StartNew();
            scene.Run(new SceneSettings(q.Width, q.Height, q.Fps), counter);
            Console.WriteLine($"run {run}: {counter.FrameCount} frames, {clock.Elapsed.TotalSeconds:0.000} s, snapshots {scene.SnapshotTime.TotalSeconds:0.000} s");
        }
        return 0;
    case "frames":
    {
        // Saves chosen frames as PNGs, to check that a bench scene draws what its definition says.
        var q = BenchQuality.Parse(positional[1]);
        var wanted = positional[3].Split(',').Select(int.Parse).ToHashSet();
        Directory.CreateDirectory(positional[2]);
        var sink = new AnimLib.Bench.FramePicker(wanted, i => Path.Combine(positional[2], $"{positional[0]}-{i:D4}.png"));
        SceneRenderer.RenderFrames(Measure.CreateScene(positional[0]), new SceneSettings(q.Width, q.Height, q.Fps), sink);
        Console.WriteLine($"{sink.Count} frames");
        return 0;
    }
    case "raster":
    {
        // Per-frame cost of rasterizing and of the yuv420p conversion, on one thread, in CPU time (steadier than wall
        // time on a shared machine): snapshots are collected first, then each stage runs over all of them.
        var q = BenchQuality.Parse(positional[1]);
        var snapshots = new AnimLib.Bench.SnapshotCollector();
        Measure.CreateScene(positional[0]).Run(new SceneSettings(q.Width, q.Height, q.Fps), snapshots);
        var buffer = new FrameBuffer(q.Width, q.Height);
        var yuv = new byte[Yuv420Converter.ByteCount(q.Width, q.Height)];
        using var canvas = new SkiaCanvas();
        canvas.Render(snapshots.Frames[0], buffer); // warm-up (JIT, Skia's caches)
        var cpu = System.Diagnostics.Process.GetCurrentProcess();
        for (int pass = 0; pass < 2; pass++)
        {
            cpu.Refresh();
            var t0 = cpu.TotalProcessorTime;
            foreach (var snap in snapshots.Frames) canvas.Render(snap, buffer);
            cpu.Refresh();
            var t1 = cpu.TotalProcessorTime;
            foreach (var _ in snapshots.Frames) Yuv420Converter.Convert(buffer.Pixels, q.Width, q.Height, yuv);
            cpu.Refresh();
            var t2 = cpu.TotalProcessorTime;
            int n = snapshots.Frames.Count;
            Console.WriteLine($"{positional[0]} {q.Name}: {n} frames, raster {(t1 - t0).TotalMilliseconds / n:0.00} ms/frame, yuv {(t2 - t1).TotalMilliseconds / n:0.00} ms/frame (CPU)");
        }
        return 0;
    }
    case "canvases":
    {
        // The cairo canvas painted beside Skia here until it was removed; bench/results/20261207-023621-canvases.json
        // holds that comparison. A canvas under trial is added to this list.
        var canvases = new Dictionary<string, Func<ICanvas>>
        {
            ["skia"] = () => new SkiaCanvas(),
        };
        string[] canvasScenes = [.. referenceScenes, "BasicMLPWalkThrough"];
        return CanvasComparison.Run(
            (IReadOnlyList<string>?)Flag("--scenes")?.Split(',') ?? canvasScenes,
            (Flag("--qualities") ?? "480p15,1080p60").Split(',').Select(BenchQuality.Parse).ToList(),
            canvases, workloadScenes.ToHashSet(),
            Flag("--every") is { } every ? double.Parse(every, CultureInfo.InvariantCulture) : 2.0,
            Flag("--results") ?? "bench/results");
    }
    case "pipe":
    {
        var size = (Flag("--size") ?? "1920x1080").Split('x').Select(int.Parse).ToArray();
        return PipeBench.Run(IntFlag("--frames") ?? 300, size[0], size[1], Flag("--preset") ?? "medium", IntFlag("--crf") ?? 18, IntFlag("--runs") ?? 2);
    }
    case "code":
        // Build time of a long Code (bench/README.md, "Code"): `code [lines]`, 2000 lines by default.
        return CodeBench.Run(positional.Count > 0 ? int.Parse(positional[0], CultureInfo.InvariantCulture) : 2000);
    case "latency":
    {
        string animlibDll = Flag("--cli") ?? Path.Combine(".animlib", "cli", "animlib.dll");
        if (!File.Exists(animlibDll))
        {
            Console.Error.WriteLine($"No animlib at {animlibDll}: run ./animlib once (it builds the CLI there) or pass --cli PATH/animlib.dll.");
            return 2;
        }
        return PreviewLatency.Run(Path.GetFullPath(animlibDll), IntFlag("--edits") ?? 5, IntFlag("--build-edits") ?? 3, Flag("--results") ?? "bench/results");
    }
    case "encoders":
        return EncoderCurve.Run(Flag, referenceScenes);
    case "scaling":
        return Scaling.Run(Flag);
    case "floor":
        Console.WriteLine(JsonSerializer.Serialize(Measure.Floor(positional[0], BenchQuality.Parse(positional[1]), encoder), Driver.Json));
        return 0;
    case "run":
    {
        // The figures are those of the command users run: without it there is nothing to measure.
        string cliDll = Flag("--cli") ?? Path.Combine(".animlib", "cli", "animlib.dll");
        if (!File.Exists(cliDll))
        {
            Console.Error.WriteLine($"No animlib at {cliDll}: run ./animlib once (it builds the CLI there) or pass --cli PATH/animlib.dll.");
            return 2;
        }
        bool quick = Flag("--quick") is not null;
        string[] defaultScenes = quick ? referenceScenes : [.. referenceScenes, .. workloadScenes];
        var available = defaultScenes.Where(Exists).ToList();
        var skipped = defaultScenes.Except(available).ToList();
        if (skipped.Count > 0) Console.WriteLine($"Not available yet, skipped: {string.Join(", ", skipped)}");
        var options = new DriverOptions(
            (IReadOnlyList<string>?)Flag("--scenes")?.Split(',') ?? available,
            (Flag("--qualities") ?? "480p15,1080p60").Split(',').Select(BenchQuality.Parse).ToList(),
            IntFlag("--runs") ?? (quick ? 1 : 3),
            IntFlag("--jobs") ?? 0,
            encoder,
            Flag("--no-floor") is not null,
            Flag("--results") ?? "bench/results",
            Flag("--no-readme") is null ? Flag("--readme") ?? "bench/README.md" : null,
            Flag("--label") ?? (quick ? "quick" : null))
        {
            CliPath = Path.GetFullPath(cliDll),
            Harness = Flag("--harness") is not null,
            SingleRunScenes = workloadScenes.ToHashSet(),
        };
        return Driver.Run(options);
    }
    default:
        Console.Error.WriteLine($"Unknown mode '{mode}': use run, render, floor, logic, frames, raster, canvases, pipe, code, latency, encoders or scaling.");
        return 2;
}

static bool Exists(string scene)
{
    try
    {
        Measure.CreateScene(scene);
        return true;
    }
    catch (ArgumentException)
    {
        return false;
    }
}
