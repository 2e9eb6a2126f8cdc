using System.Runtime.CompilerServices;
using AnimLib.Animations;
using AnimLib.Cameras;
using AnimLib.Capture;
using AnimLib.Display;
using AnimLib.Mobjects;

namespace AnimLib.Scenes;

/// <summary>
/// A scene: subclass it, override <see cref="Construct"/>, and build the video with <c>Play</c> and
/// <see cref="Wait"/>. Rendering is driven by <see cref="Run(SceneSettings, ISceneOutput)"/>, which the CLI calls.
/// </summary>
public abstract partial class Scene : IStage
{
    private readonly List<Mobject> _mobjects = [];
    private ISceneOutput? _output;
    private SceneSettings _settings = new();
    private int _segmentIndex;
    private bool _skipSnapshots;
    private string? _segmentName;
    private CancellationToken _cancellation;

    /// <summary>Creates the scene; nothing is set up until <see cref="Run(SceneSettings, ISceneOutput)"/>.</summary>
    protected Scene()
    {
        Camera = new Camera(new CameraFrame());
        Random = new Random(RandomSeed);
    }

    /// <summary>Builds the scene. Everything shown happens through <c>Play</c> and <see cref="Wait"/> calls made here.</summary>
    protected abstract void Construct();

    /// <summary>Seed of <see cref="Random"/> (0 unless a scene overrides it), so every render is identical.</summary>
    public virtual int RandomSeed => 0;

    /// <summary>The scene's seeded random source; use it (not <c>new Random()</c>) for reproducible renders.</summary>
    public Random Random { get; private set; }

    /// <summary>Render settings of the current run.</summary>
    public SceneSettings Settings => _settings;

    /// <summary>The camera frame (a mobject: move, scale or animate it to move the camera).</summary>
    public CameraFrame Frame => Camera.Frame;

    /// <summary>The camera: its frame and the light source used by shaded mobjects.</summary>
    public Camera Camera { get; private set; }

    /// <summary>Chooses the floor plane of the camera's Euler angles: "xy" (default) or "xz" (see <see cref="CameraFrame.SetFloorPlane"/>).</summary>
    public Scene SetFloorPlane(string plane)
    {
        Frame.SetFloorPlane(plane);
        return this;
    }

    /// <summary>Top-level mobjects in draw order (before z-index sorting).</summary>
    public IReadOnlyList<Mobject> Mobjects => _mobjects;

    /// <summary>Elapsed scene time in seconds.</summary>
    public double Time { get; private set; }

    /// <summary>Frames per second of the current run.</summary>
    public double Fps => _settings.Fps;

    /// <summary>Time spent building frame snapshots during the current run (a benchmark figure).</summary>
    public TimeSpan SnapshotTime { get; private set; }

    /// <summary>Number of segments (plays and waits) so far.</summary>
    public int SegmentCount => _segmentIndex;

    /// <summary>Runs <see cref="Construct"/> with the given settings, sending frames to <paramref name="output"/>.</summary>
    public void Run(SceneSettings settings, ISceneOutput output) => Run(settings, output, CancellationToken.None);

    /// <summary>
    /// Runs <see cref="Construct"/> with the given settings, sending frames to <paramref name="output"/>; cancelling
    /// <paramref name="cancellation"/> stops the run at the next frame, drawn or not.
    /// </summary>
    /// <exception cref="OperationCanceledException"><paramref name="cancellation"/> was cancelled.</exception>
    public void Run(SceneSettings settings, ISceneOutput output, CancellationToken cancellation)
    {
        // SceneSettings cannot hold a size or frame rate outside RenderLimits: it checks them when it is made.
        ArgumentNullException.ThrowIfNull(settings);
        _settings = settings;
        _output = output;
        _cancellation = cancellation;
        _segmentName = null;
        _mobjects.Clear();
        _segmentIndex = 0;
        Time = 0;
        SnapshotTime = TimeSpan.Zero;
        Random = new Random(settings.RandomSeed ?? RandomSeed);
        Camera = new Camera(new CameraFrame(settings.FrameWidth, Constants.FrameHeight));
        ResetMedia();
        Construct();
    }

    // ---------------------------------------------------------------- the mobject list

    /// <summary>Adds mobjects on top (re-adding one brings it to the front).</summary>
    public Scene Add(params IReadOnlyList<Mobject> mobjects)
    {
        var list = mobjects.ToList();
        Remove(list);
        foreach (var m in list)
            if (!_mobjects.Contains(m)) _mobjects.Add(m);
        return this;
    }

    /// <summary>
    /// Removes mobjects and their descendants. A listed group that contains a removed mobject is replaced by its
    /// remaining children (it is no longer drawn as a unit), as in ManimGL.
    /// </summary>
    public Scene Remove(params IReadOnlyList<Mobject> mobjects)
    {
        var toRemove = new HashSet<Mobject>(mobjects.SelectMany(m => m.GetFamily()), ReferenceEqualityComparer.Instance);
        if (toRemove.Count == 0) return this;
        var restructured = Restructure(_mobjects, toRemove);
        _mobjects.Clear();
        _mobjects.AddRange(restructured);
        return this;
    }

    void IStage.Add(params IReadOnlyList<Mobject> mobjects) => Add(mobjects);

    void IStage.Remove(params IReadOnlyList<Mobject> mobjects) => Remove(mobjects);

    private static List<Mobject> Restructure(IEnumerable<Mobject> list, HashSet<Mobject> toRemove)
    {
        var result = new List<Mobject>();
        foreach (var m in list)
        {
            if (toRemove.Contains(m)) continue;
            if (m.GetFamily().Any(toRemove.Contains)) result.AddRange(Restructure(m.Submobjects, toRemove));
            else result.Add(m);
        }
        return result;
    }

    /// <summary>Puts <paramref name="replacement"/> where <paramref name="original"/> is in the draw order (or on top if it is absent).</summary>
    public Scene Replace(Mobject original, Mobject replacement)
    {
        int index = _mobjects.IndexOf(original);
        if (index < 0) return Add(replacement);
        _mobjects.Remove(replacement);
        index = _mobjects.IndexOf(original);
        _mobjects[index] = replacement;
        return this;
    }

    /// <summary>Moves mobjects to the front of the draw order.</summary>
    public Scene BringToFront(params IReadOnlyList<Mobject> mobjects) => Add(mobjects);

    /// <summary>Moves mobjects to the back of the draw order.</summary>
    public Scene BringToBack(params IReadOnlyList<Mobject> mobjects)
    {
        var list = mobjects.ToList();
        Remove(list);
        _mobjects.InsertRange(0, list);
        return this;
    }

    /// <summary>Removes every mobject.</summary>
    public Scene Clear()
    {
        _mobjects.Clear();
        return this;
    }

    /// <summary>True when <paramref name="mobject"/> is drawn (top-level or inside a top-level mobject).</summary>
    public bool Contains(Mobject mobject) => _mobjects.Any(m => m.GetFamily().Contains(mobject));

    // ---------------------------------------------------------------- playing

    /// <summary>
    /// Plays animations together. <paramref name="runTime"/>, <paramref name="rateFunc"/> and <paramref name="lagRatio"/>,
    /// when given, override those of every animation passed; <paramref name="subcaption"/> adds a caption shown for
    /// <paramref name="subcaptionDuration"/> seconds (the play's length by default) from <paramref name="subcaptionOffset"/>
    /// seconds after the play starts (see <see cref="AddSubcaption"/>). Frames are emitted at t = k/fps for k = 1 … ⌈T·fps⌉, where T is
    /// the longest run time.
    /// </summary>
    public void Play(Animation animation, Animation? animation2 = null, Animation? animation3 = null, Animation? animation4 = null,
        Animation? animation5 = null, Animation? animation6 = null, Animation? animation7 = null, Animation? animation8 = null,
        double? runTime = null, Func<double, double>? rateFunc = null, double? lagRatio = null,
        string? subcaption = null, double? subcaptionDuration = null, double subcaptionOffset = 0,
        [CallerFilePath] string callerFilePath = "", [CallerLineNumber] int callerLineNumber = 0)
    {
        Animation?[] all = [animation, animation2, animation3, animation4, animation5, animation6, animation7, animation8];
        Play(all.OfType<Animation>(), runTime, rateFunc, lagRatio, subcaption, subcaptionDuration, subcaptionOffset, callerFilePath, callerLineNumber);
    }

    /// <summary>Plays any number of animations together (see the other overload).</summary>
    /// <exception cref="ArgumentOutOfRangeException">A run time is negative, NaN or infinite, or has more frames than a play can hold.</exception>
    public void Play(IEnumerable<Animation> animations, double? runTime = null, Func<double, double>? rateFunc = null, double? lagRatio = null,
        string? subcaption = null, double? subcaptionDuration = null, double subcaptionOffset = 0,
        [CallerFilePath] string callerFilePath = "", [CallerLineNumber] int callerLineNumber = 0)
    {
        var anims = animations.ToList();
        if (anims.Count == 0) throw new ArgumentException("Play needs at least one animation.", nameof(animations));
        // The call's text is only built for an error: a play of many animations would join all their names.
        var call = new TimedCall(this, () => $"Play({string.Join(", ", anims.Select(a => a.Name))}", callerFilePath, callerLineNumber);
        if (runTime is { } given) call.CheckRunTime(given, nameof(runTime));
        foreach (var a in anims) a.With(runTime, rateFunc, lagRatio);
        // Checked before any animation begins, so a refused play leaves the scene as it was.
        foreach (var a in anims) call.CheckRunTime(a.GetRunTime(), null, a);

        foreach (var a in anims) a.Begin();
        AddIntroduced(anims.SelectMany(a => a.GetMobjectsToAdd()).Where(m => !_mobjects.Contains(m)).ToList());

        double duration = anims.Max(a => a.GetRunTime());
        int frames = call.CheckFrames(duration, runTime is null ? null : nameof(runTime));
        if (subcaption is not null && (subcaptionDuration ?? duration) > 0) AddSubcaption(subcaption, subcaptionDuration ?? duration, subcaptionOffset);
        double dt = 1.0 / Fps;
        BeginSegment(string.Join(", ", anims.Select(a => a.Name)), frames);
        for (int k = 1; k <= frames; k++)
        {
            _cancellation.ThrowIfCancellationRequested();
            double t = k * dt;
            foreach (var a in anims)
            {
                a.UpdateMobjects(dt);
                double rt = a.GetRunTime();
                a.Interpolate(rt <= 0 ? 1 : Math.Min(t / rt, 1));
            }
            Time += dt;
            UpdateMobjects(dt);
            EmitFrame();
        }
        EndSegment();

        foreach (var a in anims) a.Finish();
        foreach (var a in anims) a.CleanUpFromScene(this);
    }

    // Each Add restructures the whole list, so adding hundreds of introduced mobjects one by one (a LaggedStart of FadeIns)
    // is quadratic. When their families are disjoint, one Add of them all gives the same list; otherwise add one by one.
    private void AddIntroduced(List<Mobject> mobjects)
    {
        if (mobjects.Count == 0) return;
        var members = new HashSet<Mobject>(ReferenceEqualityComparer.Instance);
        bool disjoint = true;
        foreach (var m in mobjects)
            foreach (var member in m.GetFamily())
                disjoint &= members.Add(member);
        if (disjoint)
        {
            Add(mobjects);
            return;
        }
        foreach (var m in mobjects)
            if (!_mobjects.Contains(m)) Add(m);
    }

    /// <summary>Holds for <paramref name="duration"/> seconds (1 by default) while updaters keep running.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="duration"/> is negative, NaN or infinite, or has more frames than a wait can hold.</exception>
    public void Wait(double duration = 1.0, [CallerFilePath] string callerFilePath = "", [CallerLineNumber] int callerLineNumber = 0)
    {
        var call = new TimedCall(this, () => $"Wait({TimedCall.Format(duration)}", callerFilePath, callerLineNumber);
        call.CheckRunTime(duration, null);
        int frames = call.CheckFrames(duration, null);
        double dt = 1.0 / Fps;
        BeginSegment($"Wait({duration.ToString(System.Globalization.CultureInfo.InvariantCulture)})", frames);
        for (int k = 0; k < frames; k++)
        {
            _cancellation.ThrowIfCancellationRequested();
            Time += dt;
            UpdateMobjects(dt);
            EmitFrame();
        }
        EndSegment();
    }

    /// <summary>Frames a segment of <paramref name="seconds"/> occupies: ⌈seconds · fps⌉ (with a tolerance for rounding).</summary>
    public int FrameCountFor(double seconds) => (int)Math.Ceiling(seconds * Fps - 1e-6);

    /// <summary>Runs the updaters of the camera frame and every top-level mobject.</summary>
    protected void UpdateMobjects(double dt)
    {
        Frame.UpdateCore(dt);
        // The frame may also be in the list (animating it adds it, as in ManimGL); its updaters run once per frame.
        foreach (var m in _mobjects.ToArray())
            if (!ReferenceEquals(m, Frame)) m.UpdateCore(dt);
    }

    /// <summary>Where the arrays of the frames sent to the output are rented (a test may give a scene its own pool).</summary>
    internal DisplayArrayPool SnapshotArrays { get; set; } = DisplayArrayPool.Shared;

    /// <summary>The display list of the scene as it is now.</summary>
    /// <exception cref="NonFiniteCoordinatesException">A visible mobject or the camera frame has NaN or infinite coordinates.</exception>
    public FrameSnapshot TakeSnapshot() => BuildSnapshot(null, "TakeSnapshot()");

    /// <summary>The display list of the scene as it is now, its arrays drawn from <paramref name="pool"/> when not null.</summary>
    private FrameSnapshot BuildSnapshot(DisplayArrayPool? pool, string? call)
    {
        try
        {
            return SnapshotBuilder.Build(_mobjects.OrderBy(m => m.ZIndex), Camera, _settings.Frame, pool);
        }
        catch (NonFiniteCoordinatesException e) when (e.Call is null)
        {
            // The builder knows the mobject; the scene knows which play or wait moved it there.
            throw e.In(GetType().Name, call);
        }
    }

    private void BeginSegment(string name, int frames)
    {
        var info = new SegmentInfo(_segmentIndex, name, frames, Time);
        _segmentName = name;
        // An output that will discard this segment's frames (skipped by --from-animation, a dry run) is spared building them.
        _skipSnapshots = _output is ISegmentFilter filter && !filter.WantsFrames(info);
        _output?.BeginSegment(info);
    }

    private void EndSegment()
    {
        _output?.EndSegment();
        _segmentIndex++;
        _segmentName = null;
    }

    private void EmitFrame()
    {
        if (_output is null || _skipSnapshots) return;
        long start = System.Diagnostics.Stopwatch.GetTimestamp();
        // Frames sent to an output draw their arrays from the shared pool; the output that owns them recycles them.
        var snapshot = BuildSnapshot(SnapshotArrays, _segmentName);
        SnapshotTime += System.Diagnostics.Stopwatch.GetElapsedTime(start);
        _output.AddFrame(snapshot);
    }
}
