namespace AnimLib.Animations;

/// <summary>An <see cref="AnimationGroup"/> with a small default lag (0.05): children start one after another, overlapping.</summary>
public class LaggedStart : AnimationGroup
{
    /// <summary>Creates a lagged group.</summary>
    public LaggedStart(IEnumerable<Animation> animations, double? runTime = null, double lagRatio = 0.05)
        : base(animations, runTime, lagRatio)
    {
    }

    /// <summary>Creates a lagged group with the default lag.</summary>
    public LaggedStart(params Animation[] animations) : base(animations, null, 0.05)
    {
    }
}
