using AnimLib.Mobjects;

namespace AnimLib.Animations;

/// <summary>
/// Plays animations on one timeline: child k starts when the previous child is <see cref="Animation.LagRatio"/> of the
/// way through (0: all together, 1: back to back). A run time given to the group rescales the whole timeline.
/// All children begin when the group begins, so later ones show their start state meanwhile.
/// </summary>
public class AnimationGroup : Animation
{
    private double[] _starts = [];
    private double[] _ends = [];
    private double _maxEnd;

    /// <summary>Creates a group.</summary>
    /// <param name="animations">The children, in timeline order.</param>
    /// <param name="runTime">Total run time; null uses the natural length of the timeline.</param>
    /// <param name="lagRatio">Stagger between consecutive children.</param>
    public AnimationGroup(IEnumerable<Animation> animations, double? runTime = null, double lagRatio = 0)
        : this(animations.ToList(), runTime, lagRatio)
    {
    }

    /// <summary>Creates a group of the given animations playing together.</summary>
    public AnimationGroup(params Animation[] animations) : this(animations.ToList(), null, 0)
    {
    }

    private AnimationGroup(List<Animation> animations, double? runTime, double lagRatio)
        : base(new Group(animations.SelectMany(a => a.GetMobjectsToAdd()).Distinct(ReferenceEqualityComparer.Instance).Cast<Mobject>()))
    {
        Animations = animations;
        LagRatio = lagRatio;
        SuspendMobjectUpdating = false;
        BuildTimeline();
        RunTime = runTime ?? _maxEnd;
        ExplicitRunTime = runTime.HasValue;
    }

    /// <summary>The children.</summary>
    public IReadOnlyList<Animation> Animations { get; }

    /// <summary>True when the run time was given rather than derived from the children.</summary>
    protected bool ExplicitRunTime { get; private set; }

    /// <summary>Start time of each child on the group's natural timeline.</summary>
    protected IReadOnlyList<double> Starts => _starts;

    /// <summary>End time of each child on the group's natural timeline.</summary>
    protected IReadOnlyList<double> Ends => _ends;

    /// <summary>Length of the natural timeline.</summary>
    protected double MaxEndTime => _maxEnd;

    /// <inheritdoc/>
    public override string Name => $"{GetType().Name}({Animations.Count})";

    /// <summary>Recomputes child start/end times from their run times and the lag ratio.</summary>
    protected void BuildTimeline()
    {
        int n = Animations.Count;
        _starts = new double[n];
        _ends = new double[n];
        double start = 0;
        for (int i = 0; i < n; i++)
        {
            _starts[i] = start;
            _ends[i] = start + Animations[i].GetRunTime();
            start += LagRatio * (_ends[i] - _starts[i]);
        }
        _maxEnd = n == 0 ? 0 : _ends.Max();
    }

    /// <summary>As for any animation; a run time given here (or by <c>Play(..., runTime:)</c>) rescales the whole timeline.</summary>
    public override Animation With(double? runTime = null, Func<double, double>? rateFunc = null, double? lagRatio = null,
        (double, double)? timeSpan = null)
    {
        base.With(runTime, rateFunc, lagRatio, timeSpan);
        if (runTime.HasValue) ExplicitRunTime = true;
        return this;
    }

    /// <inheritdoc/>
    public override IEnumerable<Mobject> GetMobjectsToAdd() => Animations.SelectMany(a => a.GetMobjectsToAdd());

    /// <inheritdoc/>
    public override void Begin()
    {
        BuildTimeline();
        if (!ExplicitRunTime) RunTime = _maxEnd;
        if (TimeSpan is { } span) RunTime = Math.Max(span.End, RunTime);
        foreach (var a in Animations) a.Begin();
    }

    /// <inheritdoc/>
    public override void Finish()
    {
        foreach (var a in Animations) a.Finish();
    }

    /// <inheritdoc/>
    public override void CleanUpFromScene(IStage scene)
    {
        foreach (var a in Animations) a.CleanUpFromScene(scene);
    }

    /// <inheritdoc/>
    public override void UpdateMobjects(double dt)
    {
        foreach (var a in Animations) a.UpdateMobjects(dt);
    }

    /// <inheritdoc/>
    public override IEnumerable<Mobject> GetAllMobjects() => Animations.SelectMany(a => a.GetAllMobjects());

    /// <summary>Maps group progress to each child's own progress on the (rescaled) timeline. The group's rate function and time span do not apply.</summary>
    public override void Interpolate(double alpha)
    {
        double time = Math.Clamp(alpha, 0, 1) * _maxEnd;
        for (int i = 0; i < Animations.Count; i++)
            Animations[i].Interpolate(ChildAlpha(time, i));
    }

    /// <summary>Raw progress of child <paramref name="index"/> at group time <paramref name="time"/> (natural timeline seconds).</summary>
    protected double ChildAlpha(double time, int index)
    {
        double length = _ends[index] - _starts[index];
        if (length <= 0) return time >= _ends[index] ? 1 : 0;
        return Math.Clamp((time - _starts[index]) / length, 0, 1);
    }

    /// <inheritdoc/>
    protected override void InterpolateMobject(double alpha) => Interpolate(alpha);
}
