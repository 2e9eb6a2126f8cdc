using AnimLib.Geometry;
using AnimLib.Mobjects;

namespace AnimLib.Animations;

/// <summary>
/// Changes a mobject over time. The scene calls <see cref="Begin"/>, then <see cref="Interpolate"/> with the raw
/// progress t / run time for every frame, then <see cref="Finish"/> and <see cref="CleanUpFromScene"/>.
/// </summary>
/// <remarks>
/// Subclasses either override <see cref="InterpolateSubmobject"/> (called per family member with a lagged, eased
/// sub-alpha) or <see cref="InterpolateMobject"/> (whole object, raw alpha). See the folder's README for timing rules.
/// </remarks>
public abstract class Animation
{
    private List<Mobject[]>? _families;

    /// <summary>Creates an animation of <paramref name="mobject"/>.</summary>
    protected Animation(Mobject mobject)
    {
        Mobject = mobject ?? throw new ArgumentNullException(nameof(mobject));
    }

    /// <summary>The mobject this animation changes.</summary>
    public Mobject Mobject { get; protected set; }

    /// <summary>Duration in seconds (default 1).</summary>
    public double RunTime { get; set; } = 1.0;

    /// <summary>Easing applied to each member's progress (default <see cref="RateFunctions.Smooth"/>).</summary>
    public Func<double, double> RateFunc { get; set; } = RateFunctions.Smooth;

    /// <summary>0: all family members move together; 1: one after another; between: staggered overlap.</summary>
    public double LagRatio { get; set; }

    /// <summary>Optional window (start, end), in seconds from the start of the play, outside which the animation holds still.</summary>
    public (double Start, double End)? TimeSpan { get; set; }

    /// <summary>When true the mobject is removed from the scene when the animation ends.</summary>
    public bool Remover { get; set; }

    /// <summary>When true the animation brings its mobject into the scene (FadeIn, ShowCreation, ...).</summary>
    public bool Introducer { get; set; }

    /// <summary>Alpha applied by <see cref="Finish"/> (1 for most animations).</summary>
    public double FinalAlphaValue { get; set; } = 1.0;

    /// <summary>Pause the mobject's updaters while this animation runs (default true).</summary>
    public bool SuspendMobjectUpdating { get; set; } = true;

    /// <summary>Name shown in progress output (the class name by default).</summary>
    public virtual string Name => $"{GetType().Name}({Mobject})";

    /// <summary>The copy of the mobject taken at <see cref="Begin"/>.</summary>
    protected Mobject? StartingMobject { get; set; }

    /// <summary>Total time this animation needs inside a play: the run time, extended to the end of its time span.</summary>
    public virtual double GetRunTime() => TimeSpan is { } span ? Math.Max(span.End, RunTime) : RunTime;

    /// <summary>Snapshots the start state and shows alpha 0.</summary>
    public virtual void Begin()
    {
        if (TimeSpan is { } span) RunTime = Math.Max(span.End, RunTime);
        StartingMobject = CreateStartingMobject();
        if (SuspendMobjectUpdating) Mobject.SuspendUpdatingCore();
        _families = null;
        Interpolate(0);
    }

    /// <summary>Shows the final state (alpha = <see cref="FinalAlphaValue"/>) and resumes updaters.</summary>
    public virtual void Finish()
    {
        Interpolate(FinalAlphaValue);
        if (SuspendMobjectUpdating) Mobject.ResumeUpdatingCore();
    }

    /// <summary>Adjusts the scene after the animation: removes the mobject when <see cref="Remover"/>.</summary>
    public virtual void CleanUpFromScene(IStage scene)
    {
        if (Remover) scene.Remove(Mobject);
    }

    /// <summary>The mobject(s) to add to the scene when the animation begins.</summary>
    public virtual IEnumerable<Mobject> GetMobjectsToAdd() => [Mobject];

    /// <summary>Every mobject this animation touches (animated mobject first, then helpers like the start copy).</summary>
    public virtual IEnumerable<Mobject> GetAllMobjects() => StartingMobject is null ? [Mobject] : [Mobject, StartingMobject];

    /// <summary>Runs updaters of helper copies (start/target) so transforms follow moving targets.</summary>
    public virtual void UpdateMobjects(double dt)
    {
        foreach (var m in GetAllMobjects().Skip(1)) m.UpdateCore(dt);
    }

    /// <summary>Shows the state at raw progress <paramref name="alpha"/> in [0, 1] (t / run time).</summary>
    public virtual void Interpolate(double alpha)
    {
        alpha = Math.Clamp(alpha, 0, 1);
        if (TimeSpan is { } span)
        {
            double width = span.End - span.Start;
            alpha = width <= 0 ? (alpha * RunTime >= span.End ? 1 : 0) : Math.Clamp(alpha * RunTime - span.Start, 0, width) / width;
        }
        InterpolateMobject(alpha);
    }

    /// <summary>
    /// Whole-object interpolation. The default splits <paramref name="alpha"/> across the zipped families with
    /// <see cref="LagRatio"/>, applies <see cref="RateFunc"/> per member and calls <see cref="InterpolateSubmobject"/>.
    /// </summary>
    protected virtual void InterpolateMobject(double alpha)
    {
        _families ??= GetAllFamiliesZipped();
        int n = _families.Count;
        for (int i = 0; i < n; i++)
            InterpolateSubmobject(_families[i], GetSubAlpha(alpha, i, n));
    }

    /// <summary>Sets one family member's state; <paramref name="members"/> holds the member of each mobject in <see cref="GetAllMobjects"/>.</summary>
    protected virtual void InterpolateSubmobject(Mobject[] members, double subAlpha)
    {
    }

    /// <summary>Member <paramref name="index"/> of <paramref name="count"/>: lag-shifted, clipped and eased progress.</summary>
    protected double GetSubAlpha(double alpha, int index, int count)
    {
        double full = alpha * ((count - 1) * LagRatio + 1) - index * LagRatio;
        return RateFunc(Math.Clamp(full, 0, 1));
    }

    /// <summary>Families of <see cref="GetAllMobjects"/> zipped member by member (they must be aligned).</summary>
    protected List<Mobject[]> GetAllFamiliesZipped()
    {
        var families = GetAllMobjects().Select(m => m.GetFamily()).ToArray();
        int n = families.Min(f => f.Count);
        var result = new List<Mobject[]>(n);
        for (int i = 0; i < n; i++) result.Add(families.Select(f => f[i]).ToArray());
        return result;
    }

    /// <summary>Forces the zipped families to be rebuilt (after a structural change of the mobjects).</summary>
    protected void ResetFamilies() => _families = null;

    /// <summary>The start-state copy; override to start from something else.</summary>
    protected virtual Mobject CreateStartingMobject() => Mobject.DeepCopy();

    /// <summary>Applies overrides recorded with <c>SetAnimArgs</c> or passed to <c>Play</c>.</summary>
    public virtual Animation With(double? runTime = null, Func<double, double>? rateFunc = null, double? lagRatio = null,
        (double, double)? timeSpan = null)
    {
        if (runTime is double rt) RunTime = rt;
        if (rateFunc is not null) RateFunc = rateFunc;
        if (lagRatio is double lr) LagRatio = lr;
        if (timeSpan is { } ts) TimeSpan = ts;
        return this;
    }

    /// <summary>
    /// Lets an <c>Animate()</c> target stand where an animation is expected:
    /// <c>Play(square.Animate().Shift(Right))</c> becomes a <see cref="MoveToTarget"/>.
    /// </summary>
    /// <exception cref="InvalidOperationException">The mobject is not an <c>Animate()</c> builder.</exception>
    public static implicit operator Animation(Mobject builderTarget) => AnimateBuilder.ToAnimation(builderTarget);
}
