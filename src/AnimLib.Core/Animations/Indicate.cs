using AnimLib.Geometry;
using AnimLib.Mobjects;

namespace AnimLib.Animations;

/// <summary>Briefly enlarges a mobject by <c>scaleFactor</c> and tints it <c>color</c>, then returns (rate <see cref="RateFunctions.ThereAndBack"/>).</summary>
public class Indicate : Transform
{
    /// <summary>Creates the animation.</summary>
    public Indicate(Mobject mobject, double scaleFactor = 1.2, Color? color = null) : base(mobject)
    {
        ScaleFactor = scaleFactor;
        Color = color ?? Palette.Yellow;
        RateFunc = RateFunctions.ThereAndBack;
    }

    /// <summary>Peak scale.</summary>
    public double ScaleFactor { get; }

    /// <summary>Peak colour.</summary>
    public Color Color { get; }

    /// <inheritdoc/>
    protected override Mobject CreateTarget()
    {
        var target = Mobject.DeepCopy();
        target.Scale(ScaleFactor);
        target.SetColor(Color);
        return target;
    }
}
