using AnimLib.Geometry;

namespace AnimLib.Mobjects;

/// <summary>A rectangle around a mobject with a margin (yellow stroke, no fill). Fixed in frame when the mobject is.</summary>
public class SurroundingRectangle : Rectangle
{
    /// <summary>Creates the rectangle around <paramref name="mobject"/>.</summary>
    public SurroundingRectangle(Mobject mobject, double buff = Constants.SmallBuff, Color? color = null, double strokeWidth = Constants.DefaultStrokeWidth)
        : base(1, 1)
    {
        SurroundBuff = buff;
        StrokeColor = color ?? Palette.Yellow;
        FillColor = color ?? Palette.Yellow;
        StrokeWidth = strokeWidth;
        this.Surround(mobject);
        IsFixedInFrame = mobject.IsFixedInFrame;
    }

    /// <summary>The margin kept around the target (reused by later <c>Surround</c> calls).</summary>
    public double SurroundBuff { get; }

    /// <inheritdoc/>
    protected override double DefaultSurroundBuff => SurroundBuff;
}
