namespace AnimLib.Animations;

/// <summary>
/// Plays animations back to back. Each child begins only when its slot starts (so it sees the state left by the
/// previous one) and is finished when its slot ends.
/// </summary>
public class Succession : AnimationGroup
{
    private int _active = -1;

    /// <summary>Creates a succession.</summary>
    public Succession(IEnumerable<Animation> animations, double? runTime = null, double lagRatio = 1.0)
        : base(animations, runTime, lagRatio)
    {
    }

    /// <summary>Creates a succession of the given animations.</summary>
    public Succession(params Animation[] animations) : base(animations, null, 1.0)
    {
    }

    /// <inheritdoc/>
    public override void Begin()
    {
        BuildTimeline();
        if (!ExplicitRunTime) RunTime = MaxEndTime;
        _active = -1;
        if (Animations.Count > 0) Activate(0);
    }

    private void Activate(int index)
    {
        while (_active < index)
        {
            if (_active >= 0) Animations[_active].Finish();
            _active++;
            Animations[_active].Begin();
        }
    }

    /// <inheritdoc/>
    public override void Interpolate(double alpha)
    {
        if (Animations.Count == 0) return;
        double time = Math.Clamp(alpha, 0, 1) * MaxEndTime;
        int index = 0;
        for (int i = 0; i < Animations.Count; i++)
            if (time >= Starts[i]) index = i;
        Activate(index);
        Animations[index].Interpolate(ChildAlpha(time, index));
    }

    /// <inheritdoc/>
    public override void Finish()
    {
        if (Animations.Count == 0) return;
        Activate(Animations.Count - 1);
        Animations[^1].Finish();
    }
}
