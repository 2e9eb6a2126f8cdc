using System.Diagnostics;
using System.Globalization;
using AnimLib.Pipeline;

namespace AnimLib.Cli.Preview;

/// <summary>
/// The live loop without the web page: build the scenes (<see cref="ISceneSource"/>), load them into a fresh
/// collectible context, render the chosen scene through the partial-movie cache, publish a <see cref="PreviewState"/>
/// and unload the previous generation. One build runs at a time; saves that arrive meanwhile become one more build.
/// </summary>
public sealed class PreviewSession : IDisposable
{
    private readonly ISceneSource _source;
    private readonly RenderSettings _preview;
    private readonly RenderSettings _full;
    private readonly string _folder;
    private readonly Action<string> _log;
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly CancellationTokenSource _stop = new();
    private readonly Dictionary<string, string> _files = new(StringComparer.Ordinal);
    private readonly Lock _stateLock = new();
    private SceneGeneration? _current;
    private CompileResult? _lastBuild;
    private string? _scene;
    private PreviewState _state = new();
    private TaskCompletionSource _changed = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _renders;

    /// <summary>Creates the session; nothing runs before <see cref="Rebuild"/>.</summary>
    /// <param name="source">Where the scenes come from.</param>
    /// <param name="preview">The settings of the preview video (480p15 unless asked otherwise).</param>
    /// <param name="full">The settings of a full-quality still.</param>
    /// <param name="scene">The scene to show first; null: the first of the project.</param>
    /// <param name="log">Progress lines for the console.</param>
    public PreviewSession(ISceneSource source, RenderSettings preview, RenderSettings full, string? scene, Action<string>? log = null)
    {
        _source = source;
        _preview = preview;
        _full = full;
        _scene = scene;
        _log = log ?? (_ => { });
        _folder = Path.Combine(Path.GetFullPath(preview.MediaDir), "preview");
    }

    /// <summary>The state the page shows now.</summary>
    public PreviewState State
    {
        get { lock (_stateLock) return _state; }
    }

    /// <summary>Completes at the next change of <see cref="State"/>.</summary>
    public Task Changed
    {
        get { lock (_stateLock) return _changed.Task; }
    }

    /// <summary>The scene generation now loaded, for tests of unloading: a weak reference to its load context.</summary>
    internal WeakReference? CurrentContext => _current?.Context;

    /// <summary>The full path of a file this session wrote and serves under <paramref name="name"/>, or null.</summary>
    public string? FileFor(string name)
    {
        lock (_files) return _files.GetValueOrDefault(name);
    }

    /// <summary>Compiles (or reloads) the scenes and renders the chosen one; the result is the new <see cref="State"/>.</summary>
    public PreviewState Rebuild() => Run(recompile: true);

    /// <summary>Shows another scene of the same build.</summary>
    /// <returns>False when the name is not a scene of the project.</returns>
    public bool SelectScene(string name)
    {
        if (!State.Scenes.Contains(name, StringComparer.Ordinal)) return false;
        _scene = name;
        Run(recompile: false);
        return true;
    }

    private PreviewState Run(bool recompile)
    {
        _gate.Wait(_stop.Token);
        try
        {
            var clock = Stopwatch.StartNew();
            Publish(State with { Busy = true });
            var build = recompile || _lastBuild is null ? _source.Build() : _lastBuild;
            if (!build.Succeeded)
            {
                var errors = build.Errors;
                _log($"Compile failed: {errors.Count} error(s); the last good render stays shown.");
                foreach (var e in errors.Take(10)) _log($"  {e}");
                return Publish(State with
                {
                    Busy = false,
                    Error = new PreviewError("compile", errors.Count > 0 ? errors[0].ToString() : "the project did not compile.", errors),
                });
            }
            _lastBuild = build;
            var generation = SceneGeneration.Load($"preview-{_renders + 1}", build.Assembly!, build.Symbols, _source.Dependencies);
            var outcome = Render(generation, build.Elapsed, clock);
            if (outcome.Error is null)
            {
                _current?.Unload();
                _current = generation;
            }
            else generation.Unload();
            return Publish(outcome);
        }
        finally
        {
            _gate.Release();
        }
    }

    private PreviewState Render(SceneGeneration generation, TimeSpan compile, Stopwatch clock)
    {
        var catalog = generation.Catalog;
        var names = catalog.Names;
        if (names.Count == 0)
            return State with { Busy = false, Scenes = names, Error = new PreviewError("project", "the project has no scene: add a class deriving from Scene with a parameterless constructor.", []) };
        string scene = _scene is not null && catalog.Find(_scene) is { } found ? found.Name : names[0];
        _scene = scene;
        var type = catalog.Find(scene)!;
        int render = Interlocked.Increment(ref _renders);
        string sceneFolder = Path.Combine(_folder, scene);
        string videoName = $"{scene}-{render}.mp4";
        string video = Path.Combine(sceneFolder, videoName);
        var plan = new RenderPlan { Settings = _preview };
        var job = plan.JobFor(video, Path.Combine(sceneFolder, "partial_movie_files"), _stop.Token);
        var renderClock = Stopwatch.StartNew();
        try
        {
            var dry = SceneRenderer.Render(catalog.Create(type), job with { DryRun = true });
            var dryTime = renderClock.Elapsed;
            var recorder = new SegmentRecorder();
            var instance = catalog.Create(type);
            var result = SceneRenderer.Render(instance, job with { Progress = recorder });
            double fps = job.Settings.Fps;
            var encoded = recorder.Encoded;
            var animations = dry.Animations
                .Select(a => new TimelineAnimation(a.Index, a.Name, a.StartTime, a.FrameCount / fps, encoded.Contains(a.Index)))
                .ToList();
            var sections = instance.Sections.Select(s => new TimelineSection(s.Name, s.StartTime, s.FirstSegment)).ToList();
            Serve(videoName, result.OutputPath);
            var stats = new PreviewStats(compile.TotalMilliseconds, renderClock.Elapsed.TotalMilliseconds, clock.Elapsed.TotalMilliseconds,
                result.SegmentsEncoded, result.SegmentsFromCache);
            _log($"[{DateTime.Now:HH:mm:ss}] {scene}: {animations.Count} animations, {stats.Encoded} encoded, {stats.FromCache} from cache; "
                 + $"compile {stats.CompileMs:0} ms, render {stats.RenderMs:0} ms (dry {dryTime.TotalMilliseconds:0}, logic {result.Times?.SceneLogic.TotalMilliseconds:0}, raster {result.Times?.Rasterize.TotalMilliseconds:0}), ready in {stats.TotalMs:0} ms");
            return State with
            {
                Busy = false,
                Scene = scene,
                Scenes = names,
                Video = "/media/" + videoName,
                Fps = fps,
                Duration = result.Duration,
                Animations = animations,
                Sections = sections,
                FirstChanged = encoded.Count > 0 && encoded.Count < animations.Count ? encoded.Min() : null,
                Error = null,
                Stats = stats with { TotalMs = clock.Elapsed.TotalMilliseconds },
            };
        }
        catch (SceneRenderException e)
        {
            string? location = SceneLocation(e.InnerException ?? e);
            _log($"{scene} failed in animation {e.AnimationIndex}{(e.AnimationName is null ? "" : $" ({e.AnimationName})")}: {(e.InnerException ?? e).Message}"
                 + (location is null ? "" : $" at {location}"));
            return State with
            {
                Busy = false,
                Scenes = names,
                Error = new PreviewError("scene", e.Message, [], e.AnimationIndex, e.AnimationName, location),
            };
        }
        catch (Exception e) when (!_stop.IsCancellationRequested)
        {
            _log($"{scene} failed: {e.Message}");
            return State with { Busy = false, Scenes = names, Error = new PreviewError("scene", $"{scene} failed: {e.Message}", [], null, null, SceneLocation(e)) };
        }
    }

    /// <summary>
    /// Renders the frame shown at <paramref name="seconds"/> at full quality, as <c>animlib render --frame-at</c> does;
    /// returns the URL of the PNG, or null when no scene is loaded.
    /// </summary>
    public string? RenderStill(double seconds)
    {
        _gate.Wait(_stop.Token);
        try
        {
            if (_current is null || _scene is null || _current.Catalog.Find(_scene) is not { } type) return null;
            string name = $"{_scene}_at_{seconds.ToString("0.###", CultureInfo.InvariantCulture)}s-{Interlocked.Increment(ref _renders)}.png";
            string path = Path.Combine(_folder, _scene, "stills", name);
            var plan = new RenderPlan { Settings = _full, FrameAt = seconds };
            var job = plan.JobFor(path, Path.Combine(_folder, _scene, "partial_movie_files"), _stop.Token);
            var result = SceneRenderer.Render(_current.Catalog.Create(type), job);
            Serve(name, result.OutputPath);
            _log($"Wrote {result.OutputPath}");
            return "/media/" + name;
        }
        finally
        {
            _gate.Release();
        }
    }

    // Only the files registered here are served, by name: the page cannot ask for any other path.
    private void Serve(string name, string path)
    {
        lock (_files)
        {
            _files[name] = path;
            // Keep the videos the page may still be playing (the newest few); older ones are deleted.
            var videos = _files.Where(kv => kv.Key.EndsWith(".mp4", StringComparison.Ordinal)).Select(kv => kv.Key)
                .OrderBy(Number).ToList();
            foreach (var old in videos.Take(Math.Max(0, videos.Count - 3)))
            {
                TryDelete(_files[old]);
                _files.Remove(old);
            }
        }
    }

    private static int Number(string name)
    {
        string stem = Path.GetFileNameWithoutExtension(name);
        return int.TryParse(stem[(stem.LastIndexOf('-') + 1)..], NumberStyles.None, CultureInfo.InvariantCulture, out int n) ? n : 0;
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (IOException)
        {
            // Still open somewhere: it is overwritten or cleaned up with the folder later.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }

    private PreviewState Publish(PreviewState state)
    {
        TaskCompletionSource changed;
        lock (_stateLock)
        {
            _state = state with { Version = _state.Version + 1 };
            state = _state;
            changed = _changed;
            _changed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        }
        changed.TrySetResult();
        return state;
    }

    /// <summary>The first stack frame in the scene's own code, as <c>File.cs:line N</c>.</summary>
    private static string? SceneLocation(Exception e)
    {
        while (e is System.Reflection.TargetInvocationException { InnerException: { } inner }) e = inner;
        foreach (var frame in new StackTrace(e, fNeedFileInfo: true).GetFrames())
        {
            var assembly = frame.GetMethod()?.DeclaringType?.Assembly;
            if (assembly is null || !assembly.IsCollectible || frame.GetFileName() is not { } file) continue;
            return $"{Path.GetFileName(file)}:line {frame.GetFileLineNumber()}";
        }
        return null;
    }

    /// <summary>Stops a render in progress and unloads the scenes.</summary>
    public void Dispose()
    {
        _stop.Cancel();
        _current?.Unload();
        _current = null;
    }
}
