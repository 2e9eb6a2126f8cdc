using System.CommandLine;
using System.Globalization;
using AnimLib.Output;

namespace AnimLib.Cli;

/// <summary><c>animlib render &lt;Scene&gt;</c>: renders a scene to a video (or a still with <c>--last-frame</c>).</summary>
public static class RenderCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(Option<string[]> assemblyOption)
    {
        var sceneArgument = new Argument<string>("scene") { Description = "Name of the scene class to render (see `animlib list`)." };
        var qualityOption = new Option<string>("--quality", "-q")
        {
            Description = "480p|720p|1080p|1440p|2160p, or Manim's letters l|m|h|p|k.",
            DefaultValueFactory = _ => "1080p",
        };
        var fpsOption = new Option<double?>("--fps") { Description = "Frame rate; overrides the quality preset's." };
        var outputOption = new Option<string?>("--output", "-o") { Description = "Output file (default media/videos/<Scene>/<quality>/<Scene>.mp4)." };
        var lastFrameOption = new Option<bool>("--last-frame", "-s") { Description = "Write only a PNG of the last frame (no video)." };
        var mediaDirOption = new Option<string>("--media-dir")
        {
            Description = "Root folder for rendered files.",
            DefaultValueFactory = _ => "media",
        };

        var jobsOption = new Option<int>("--jobs", "-j")
        {
            Description = "Rasterizing threads (default: one per processor; 1 renders on the scene thread).",
            DefaultValueFactory = _ => 0,
        };

        var command = new Command("render", "Render a scene to an mp4 (or its last frame to a PNG).")
        {
            sceneArgument, qualityOption, fpsOption, outputOption, lastFrameOption, mediaDirOption, assemblyOption, jobsOption,
        };
        command.SetAction(parse => Execute(new RenderRequest(
            parse.GetValue(sceneArgument)!,
            parse.GetValue(qualityOption)!,
            parse.GetValue(fpsOption),
            parse.GetValue(outputOption),
            parse.GetValue(lastFrameOption),
            parse.GetValue(mediaDirOption)!,
            parse.GetValue(assemblyOption) ?? [],
            parse.GetValue(jobsOption))));
        return command;
    }

    /// <summary>Runs a render request; returns the process exit code.</summary>
    public static int Execute(RenderRequest request, TextWriter? stdout = null, TextWriter? stderr = null)
    {
        stdout ??= Console.Out;
        stderr ??= Console.Error;
        if (!Quality.TryParse(request.Quality, out var quality))
        {
            stderr.WriteLine($"error: unknown quality '{request.Quality}'. Use one of: {string.Join(", ", Quality.All.Select(q => $"{q.Name} ({q.Letter})"))}.");
            return ExitCodes.UsageError;
        }
        if (request.Jobs < 0)
        {
            stderr.WriteLine($"error: --jobs must be 1 or more (or 0 for one per processor); got {request.Jobs}.");
            return ExitCodes.UsageError;
        }
        if (request.Fps is <= 0)
        {
            stderr.WriteLine($"error: --fps must be positive; got {request.Fps}.");
            return ExitCodes.UsageError;
        }

        SceneCatalog catalog;
        try
        {
            catalog = SceneCatalog.Load(request.Assemblies);
        }
        catch (Exception e) when (e is FileNotFoundException or BadImageFormatException or FileLoadException)
        {
            stderr.WriteLine($"error: {e.Message}");
            return ExitCodes.UsageError;
        }

        var type = catalog.Find(request.Scene);
        if (type is null)
        {
            stderr.WriteLine($"error: unknown scene '{request.Scene}'.");
            var close = catalog.Suggest(request.Scene);
            if (close.Count > 0) stderr.WriteLine($"Did you mean: {string.Join(", ", close)}?");
            stderr.WriteLine("Run `animlib list` to see every scene; pass --assembly path/to/Your.dll for scenes of your own project.");
            return ExitCodes.UsageError;
        }

        double fps = request.Fps ?? quality.Fps;
        var settings = new SceneSettings(quality.Width, quality.Height, fps);
        string folder = Quality.FolderName(quality.Height, fps);
        string path = request.Output ?? (request.LastFrame
            ? Path.Combine(request.MediaDir, "images", type.Name, folder, type.Name + ".png")
            : Path.Combine(request.MediaDir, "videos", type.Name, folder, type.Name + ".mp4"));

        try
        {
            var scene = catalog.Create(type);
            stdout.WriteLine($"Rendering {type.Name} at {quality.Width}x{quality.Height}, {fps.ToString(CultureInfo.InvariantCulture)} fps");
            var result = request.LastFrame
                ? SceneRenderer.RenderLastFrame(scene, settings, path)
                : SceneRenderer.RenderVideo(scene, settings, path, segmentStarted: s =>
                    stdout.WriteLine($"  [{s.Index}] {s.Name}: {s.FrameCount} frames"), jobs: request.Jobs);
            double seconds = result.WallTime.TotalSeconds;
            stdout.WriteLine(request.LastFrame
                ? $"Wrote {result.OutputPath} (last frame at t={result.Duration:0.##} s) in {seconds:0.0} s"
                : $"Wrote {result.OutputPath}: {result.Frames} frames, {result.Duration:0.##} s of video, in {seconds:0.0} s ({result.Frames / Math.Max(seconds, 1e-9):0.0} frames/s)");
            return ExitCodes.Ok;
        }
        catch (Exception e)
        {
            var inner = e is System.Reflection.TargetInvocationException { InnerException: { } ie } ? ie : e;
            stderr.WriteLine($"error: rendering {type.Name} failed: {inner.Message}");
            var frame = inner.StackTrace?.Split('\n').FirstOrDefault(l => l.Contains(type.Name, StringComparison.Ordinal));
            if (frame is not null) stderr.WriteLine($"  {frame.Trim()}");
            if (Environment.GetEnvironmentVariable("ANIMLIB_DEBUG") == "1") stderr.WriteLine(inner);
            return ExitCodes.RenderFailed;
        }
    }
}

/// <summary>Everything <c>animlib render</c> was asked to do.</summary>
/// <param name="Scene">Scene class name.</param>
/// <param name="Quality">Quality preset text.</param>
/// <param name="Fps">Frame-rate override.</param>
/// <param name="Output">Output file override.</param>
/// <param name="LastFrame">Write only the last frame as PNG.</param>
/// <param name="MediaDir">Root of default output paths.</param>
/// <param name="Assemblies">Extra assemblies to search for scenes.</param>
/// <param name="Jobs">Rasterizing threads; 0 for one per processor, 1 for none besides the scene thread.</param>
public sealed record RenderRequest(string Scene, string Quality = "1080p", double? Fps = null, string? Output = null,
    bool LastFrame = false, string MediaDir = "media", IReadOnlyList<string>? Assemblies = null, int Jobs = 0)
{
    /// <summary>Extra assemblies (never null).</summary>
    public IReadOnlyList<string> Assemblies { get; init; } = Assemblies ?? [];
}
