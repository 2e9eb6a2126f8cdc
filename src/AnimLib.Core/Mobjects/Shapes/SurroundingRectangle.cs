namespace AnimLib;

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

/// <summary>A translucent rectangle behind a mobject (black at 75 % by default, no stroke, no margin).</summary>
public class BackgroundRectangle : SurroundingRectangle
{
    /// <summary>Creates the background for <paramref name="mobject"/>.</summary>
    public BackgroundRectangle(Mobject mobject, Color? color = null, double fillOpacity = 0.75, double buff = 0)
        : base(mobject, buff, color ?? Palette.Black, 0)
    {
        FillOpacity = fillOpacity;
    }
}

/// <summary>A rectangle filling the default frame (grey fill, no stroke): a backdrop.</summary>
public class FullScreenRectangle : Rectangle
{
    /// <summary>Creates the rectangle.</summary>
    public FullScreenRectangle(double height = Constants.FrameHeight, Color? fillColor = null, double fillOpacity = 1)
        : base(height * 16 / 9, height)
    {
        FillColor = fillColor ?? Palette.GreyE;
        FillOpacity = fillOpacity;
        StrokeWidth = 0;
    }
}
