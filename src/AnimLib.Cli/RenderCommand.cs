using System.CommandLine;
using System.Globalization;
using AnimLib.Encoding;
using AnimLib.Pipeline;

namespace AnimLib.Cli;

/// <summary><c>animlib render &lt;Scene&gt;</c>: renders a scene to a video, a PNG sequence or a still.</summary>
public static class RenderCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(Option<string[]> assemblyOption)
    {
        var sceneArgument = new Argument<string?>("scene")
        {
            Description = "Name of the scene class to render (see `animlib list`); omit with --all.",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var settings = new SettingOptions();
        var outputOption = new Option<string?>("--output", "-o")
        {
            Description = "Output file (a folder for --format png). Default: <media-dir>/videos/<Scene>/<quality>/<Scene>.<format>, <Scene>_n2-3.<format> for -n 2,3.",
            HelpName = "PATH",
        };
        var lastFrameOption = new Option<bool>("--last-frame", "-s") { Description = "Write only a PNG of the last frame (no video)." };
        var frameAtOption = new Option<string?>("--frame-at") { Description = "Write only a PNG of the frame shown at this time, in seconds.", HelpName = "SECONDS" };
        var fromOption = new Option<string?>("--from-animation", "-n")
        {
            Description = "Render animations A to B only (0-based, B included; plays and waits count): earlier ones run without being drawn, and the scene stops after B.",
            HelpName = "A[,B]",
        };
        var allOption = new Option<bool>("--all", "-a") { Description = $"Render every scene of the --assembly files or of the project here; with neither, every scene {SceneAssemblyVariable.Name} names." };
        var dryRunOption = new Option<bool>("--dry-run") { Description = "Run the scene logic only: report its animations, frames and duration; write nothing." };
        var flushOption = new Option<bool>("--flush-cache") { Description = "Delete the scene's cached partial movies before rendering." };
        var shardOption = new Option<string?>("--shard")
        {
            Description = "Encode only every N-th animation, starting at I, into the partial-movie cache (no video is written); after all N shards, a plain render joins them without encoding. See docs/scaling.md.",
            HelpName = "I/N",
        };
        var noBuildOption = ProjectBuild.CreateOption();
        var props = new PropsOptions();

        var openOption = new Option<bool>("--open", "-p") { Description = "Open the finished file with the system's viewer (as Manim's -p)." };
        var watchOption = new Option<bool>("--watch")
        {
            Description = "Render again on every save: the project's sources are compiled in process (no dotnet build), or the --assembly file is reloaded when it changes. Ctrl-C stops.",
        };

        var command = new Command("render", "Render a scene to a video (mp4, mov, webm, gif), a PNG sequence or a still.")
        {
            sceneArgument, outputOption, lastFrameOption, frameAtOption, fromOption, allOption, dryRunOption, flushOption, shardOption, openOption, watchOption,
            assemblyOption, noBuildOption,
        };
        foreach (var option in settings.Options.Concat(props.Options)) command.Options.Add(option);
        command.SetAction(parse =>
        {
            var request = props.Read(parse, new RenderRequest(parse.GetValue(sceneArgument))
            {
                Flags = settings.Read(parse),
                Output = parse.GetValue(outputOption),
                LastFrame = parse.GetValue(lastFrameOption),
                Assemblies = parse.GetValue(assemblyOption) ?? [],
                All = parse.GetValue(allOption),
                FrameAt = parse.GetValue(frameAtOption),
                FromAnimation = parse.GetValue(fromOption),
                DryRun = parse.GetValue(dryRunOption),
                FlushCache = parse.GetValue(flushOption),
                Shard = parse.GetValue(shardOption),
                NoBuild = parse.GetValue(noBuildOption),
                Open = parse.GetValue(openOption),
                Watch = parse.GetValue(watchOption),
            });
            return Execute(request, cancellation: Program.Cancellation);
        });
        return command;
    }

    /// <summary>Runs a render request; returns the process exit code (see <see cref="ExitCodes"/>).</summary>
    /// <param name="request">What to render.</param>
    /// <param name="stdout">Progress and results (the console by default; bars are drawn only on a terminal).</param>
    /// <param name="stderr">Warnings and errors.</param>
    /// <param name="config">Where <c>animlib.json</c> files are read (the working folder and the user's by default).</param>
    /// <param name="cancellation">Cancelling stops the render cleanly (exit code 130).</param>
    public static int Execute(RenderRequest request, TextWriter? stdout = null, TextWriter? stderr = null, ConfigLocations? config = null,
        CancellationToken cancellation = default)
    {
        bool console = stdout is null;
        stdout ??= Console.Out;
        stderr ??= Console.Error;
        var errors = new List<string>();
        var settings = RenderSettings.Resolve(config ?? ConfigLocations.Default, request.SettingLayers(), errors);
        if (settings is null)
        {
            foreach (var e in errors) stderr.WriteLine($"error: {e}");
            return ExitCodes.UsageError;
        }
        var log = new CliLog(settings.Verbosity, stdout, stderr);
        var plan = RenderPlan.Create(request, settings, errors);
        if (plan is null)
        {
            foreach (var e in errors) log.Error(e);
            return ExitCodes.UsageError;
        }

        if (request.Watch) return Preview.WatchRender.Run(request, plan, log, settings.Progress == "none", cancellation);

        SceneCatalog catalog;
        try
        {
            var assemblies = request.NoBuild
                ? ProjectAssembly.Resolve(request.Assemblies, Environment.CurrentDirectory, w => log.Warn(w))
                : ProjectAssembly.ResolveBuilt(request.Assemblies, Environment.CurrentDirectory, log.Info, cancellation);
            if (!ReferenceEquals(assemblies, request.Assemblies)) request = request with { Assemblies = assemblies.ToList() };
            catalog = SceneCatalog.Load(request.Assemblies, SceneAssemblyVariable.Read());
        }
        catch (SceneAssemblyException e)
        {
            log.Error(e.Message);
            return ExitCodes.UsageError;
        }
        catch (ProjectBuildException e)
        {
            if (e.Output.Length > 0) stderr.Write(e.Output);
            log.Error(e.Message);
            return ExitCodes.RenderFailed;
        }
        catch (OperationCanceledException) when (cancellation.IsCancellationRequested)
        {
            log.Error("the build was cancelled; nothing was rendered.");
            return ExitCodes.Cancelled;
        }

        List<Type> types;
        if (request.All)
        {
            types = (request.Assemblies.Count > 0 ? catalog.GivenNames : catalog.Names).Select(n => catalog.Find(n)!).ToList();
            if (types.Count == 0)
            {
                log.Error("--all found no scenes to render.");
                return ExitCodes.UsageError;
            }
        }
        else
        {
            var type = catalog.Find(request.Scene!);
            if (type is null)
            {
                log.Error($"unknown scene '{request.Scene}'.");
                var close = catalog.Suggest(request.Scene!);
                if (close.Count > 0) stderr.WriteLine($"Did you mean: {string.Join(", ", close)}?");
                stderr.WriteLine("Run `animlib list` to see every scene; pass --assembly path/to/Your.dll for scenes of your own project.");
                return ExitCodes.UsageError;
            }
            types = [type];
        }

        IReadOnlyList<PropsRow>? rows = null;
        if (PropsInput.Given(request))
        {
            try
            {
                rows = PropsInput.Read(request, types[0], errors);
            }
            catch (InvalidOperationException e)
            {
                log.Error(e.Message);
                return ExitCodes.RenderFailed;
            }
            if (rows is null)
            {
                foreach (var e in errors) log.Error(e);
                stderr.WriteLine($"Run `animlib describe {types[0].Name}` to see its parameters, their types and defaults.");
                return ExitCodes.UsageError;
            }
        }

        string progressMode = settings.Progress;
        bool bars = log.IsInfo && (progressMode == "bar" || (progressMode == "auto" && console && !Console.IsOutputRedirected));
        var previousLogger = FfmpegRunner.CommandLogged;
        FfmpegRunner.CommandLogged = log.IsDebug ? log.Debug : null;
        try
        {
            // Only the first row flushes the cache: the later rows are there to reuse what it encoded.
            if (request.PropsBatch is not null)
                return BatchRender.Run(rows!, (row, first) => RenderOne(catalog, types[0], row, first ? plan : plan with { FlushCache = false }, log, bars,
                    progressMode == "none", cancellation), log);
            int exit = ExitCodes.Ok;
            foreach (var type in types)
            {
                int code = RenderOne(catalog, type, rows?[0], plan, log, bars, progressMode == "none", cancellation);
                if (code == ExitCodes.Cancelled) return code;
                if (code != ExitCodes.Ok) exit = code;
            }
            return exit;
        }
        finally
        {
            FfmpegRunner.CommandLogged = previousLogger;
        }
    }

    /// <summary>Renders one scene of <paramref name="catalog"/> as <paramref name="plan"/> says, with the parameter values of <paramref name="row"/> when given; returns the exit code.</summary>
    internal static int RenderOne(SceneCatalog catalog, Type type, PropsRow? row, RenderPlan plan, CliLog log, bool bars, bool quiet, CancellationToken cancellation)
    {
        if (row is not null) plan = plan with { Output = row.Output };
        string name = type.Name;
        var settings = plan.Settings;
        string target = OutputNames.Target(plan, name);
        // The output is checked before the scene runs: a path that cannot take the result is bad usage, found at once.
        string? problem = plan.DryRun ? null
            : plan.Still ? OutputTarget.FindImageProblem(target)
            : OutputTarget.FindProblem(target, settings.Format);
        if (problem is not null)
        {
            log.Error($"{(plan.Output is null ? "" : "--output ")}{problem}");
            return ExitCodes.UsageError;
        }
        // As Manim does: a scene that plays nothing gets its last frame as a PNG rather than an error.
        var job = plan.JobFor(target, OutputNames.CacheFolder(settings, name), cancellation, OutputNames.StillOfEmptyScene(plan, name));
        try
        {
            var scene = catalog.Create(type);
            if (row is not null) SceneParameters.Apply(scene, row.Values);
            // Stills and dry runs see the same background as the video would.
            var sceneSettings = job.EffectiveSettings;
            string size = $"{sceneSettings.PixelWidth}x{sceneSettings.PixelHeight}, {sceneSettings.Fps.ToString(CultureInfo.InvariantCulture)} fps";
            if (plan.DryRun)
            {
                var dry = SceneRenderer.Render(scene, job);
                foreach (var s in dry.Animations) log.Info($"  [{s.Index}] {s.Name}: {s.FrameCount} frames from t={s.StartTime:0.###} s");
                log.Info($"Dry run of {name} at {size}: {dry.Segments} animations, {dry.Frames} frames, {dry.Duration:0.###} s; nothing written.");
                return ExitCodes.Ok;
            }
            if (plan.Still)
            {
                log.Info($"Rendering {name} at {size}: still {(plan.FrameAt is { } t ? $"at t={t.ToString(CultureInfo.InvariantCulture)} s" : "of the last frame")}");
                var still = SceneRenderer.Render(scene, job);
                log.Info(plan.FrameAt is null
                    ? $"Wrote {still.OutputPath} (last frame, t={still.Duration:0.###} s)"
                    : $"Wrote {still.OutputPath} (frame {Math.Round(still.Duration * sceneSettings.Fps)}, shown from t={still.Duration:0.###} s)");
                if (plan.Open) SystemViewer.Open(still.OutputPath, log.Warn);
                return ExitCodes.Ok;
            }

            // Writing to the console while Spectre draws its bars would tear them, so messages wait until the bars are done.
            var deferred = new List<Action>();
            job = job with
            {
                Log = bars ? m => deferred.Add(() => log.Info(m)) : log.Info,
                Warning = bars ? m => deferred.Add(() => log.Warn(m)) : log.Warn,
            };
            log.Info($"Rendering {name} at {size} to {job.Format.ToString().ToLowerInvariant()}{(job.Transparent ? " (transparent)" : "")}");
            RenderResult result = bars
                ? BarProgress.Run(p => SceneRenderer.Render(scene, job with { Progress = p }))
                : SceneRenderer.Render(scene, job with { Progress = quiet ? null : new PlainProgress(log) });
            foreach (var message in deferred) message();
            TimingsReport.WriteIfRequested(name, result, log.Warn);
            if (result.StillOfEmptyScene)
            {
                log.Info($"{name} has no animation (it never plays or waits), so its last frame was written as a PNG: {result.OutputPath}");
                return ExitCodes.Ok;
            }
            double wall = result.WallTime.TotalSeconds;
            if (plan.Shard is { } shard)
            {
                log.Info($"Shard {shard} of {name}: {result.SegmentsEncoded} animation(s) encoded, {result.SegmentsFromCache} already cached, in {wall:0.0} s, into {result.OutputPath}");
                log.Info("When every shard is done, render without --shard to join them.");
                return ExitCodes.Ok;
            }
            log.Info($"Wrote {result.OutputPath}: {result.Frames} frames, {result.Duration:0.##} s of video, in {wall:0.0} s ({result.Frames / Math.Max(wall, 1e-9):0.0} frames/s)");
            if (job.Format != OutputFormat.Png)
                log.Info($"Animations encoded: {result.SegmentsEncoded}, reused from cache: {result.SegmentsFromCache}");
            if (result.SubtitlePath is { } srt) log.Info($"Wrote {srt}");
            if (result.SectionIndexPath is { } index) log.Info($"Wrote {result.Sections.Count} section video(s) and {index}");
            if (plan.Open) SystemViewer.Open(result.OutputPath, log.Warn);
            return ExitCodes.Ok;
        }
        catch (AnimationRangeException e)
        {
            // Bad usage, though only the scene logic could tell: nothing was encoded or written.
            log.Error($"--from-animation: {e.Message}");
            return ExitCodes.UsageError;
        }
        catch (Exception) when (cancellation.IsCancellationRequested)
        {
            // Ctrl-C also reaches ffmpeg (same process group), whose broken pipe then surfaces as some other error.
            log.Error($"rendering {name} was cancelled; temporary files were removed and earlier outputs left as they were.");
            return ExitCodes.Cancelled;
        }
        catch (Exception e)
        {
            ErrorReport.Write(log, name, e);
            return ExitCodes.RenderFailed;
        }
    }
}
