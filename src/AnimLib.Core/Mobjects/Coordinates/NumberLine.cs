using System.Numerics;
using AnimLib.Geometry;

namespace AnimLib.Mobjects;

/// <summary>
/// A number line: a <see cref="Line"/> from <c>Min</c> to <c>Max</c> (scaled by <c>unitSize</c>, or to <c>width</c>),
/// centred at the origin, with a child group of ticks (length 2·tickSize, perpendicular to the line) at every step.
/// <see cref="N2P"/> and <see cref="P2N"/> map numbers to points and back, following the line wherever it is moved,
/// scaled or rotated. With <see cref="NumberLineConfig.IncludeTip"/> an <see cref="ArrowTip"/> (a child) ends the line:
/// its point is at <c>XMax</c> and the stroke stops at its base, as ManimGL's <c>include_tip</c> draws it.
/// </summary>
public class NumberLine : Line
{
    /// <summary>Creates a number line.</summary>
    /// <param name="xRange">Range and tick step; (-8, 8, 1) by default.</param>
    /// <param name="unitSize">Scene units per unit of the range (ignored when <paramref name="width"/> is given).</param>
    /// <param name="width">Total length of the line; overrides <paramref name="unitSize"/>.</param>
    /// <param name="config">Style; unset values come from <see cref="NumberLineConfig.Default"/>.</param>
    public NumberLine(AxisRange? xRange = null, double unitSize = 1, double? width = null, NumberLineConfig? config = null)
        : base(Directions.Right * (float)(xRange ?? DefaultRange).Min, Directions.Right * (float)(xRange ?? DefaultRange).Max)
    {
        Range = (xRange ?? DefaultRange).Validate(nameof(NumberLine));
        Config = NumberLineConfig.Default.Merge(config);
        StrokeColor = FillColor = Config.Color!.Value;
        StrokeWidth = Config.StrokeWidth!.Value;
        if (width is double w) this.SetWidth(w);
        else this.Scale(unitSize);
        this.Center();
        Ticks = new VGroup();
        if (Config.IncludeTicks == true)
        {
            foreach (double x in Range.Values()) Ticks.Add(GetTick(x, Config.TickSize!.Value));
        }
        // A VGroup is itself a sequence of mobjects: cast so it is added as one child, not tick by tick.
        this.Add((Mobject)Ticks);
        if (Config.IncludeTip == true) AddTip(Config.TipWidth!.Value, Config.TipLength!.Value);
    }

    /// <summary>The arrow tip at the end of the line (a child), or null when the line has none.</summary>
    public ArrowTip? Tip { get; private set; }

    /// <summary>The arrow tip at the end of the line, or null.</summary>
    public ArrowTip? GetTip() => Tip;

    /// <summary>True when the line ends in an arrow tip.</summary>
    public bool HasTip() => Tip is not null;

    /// <summary>
    /// Ends the line in a filled <see cref="ArrowTip"/> of the line's colour, its point at the end of the line (the point of
    /// <see cref="XMax"/>); the stroke is shortened to the tip's base so its round cap does not show past the point. Numbers
    /// keep their points. Does nothing when the line has a tip already.
    /// </summary>
    public NumberLine AddTip(double width = 0.25, double length = 0.25)
    {
        if (Tip is not null) return this;
        var start = GetStart();
        var end = GetEnd();
        var tip = new ArrowTip(GetAngle(), width, length, StrokeColor);
        tip.Shift(end - tip.GetTipPoint());
        tip.StrokeColor = StrokeColor;
        tip.StrokeWidth = StrokeWidth;
        tip.StrokeOpacity = StrokeOpacity;
        Tip = tip;
        this.Add(tip);
        double full = Vector3.Distance(start, end);
        if (full > 1e-9) Points = BuildPath(start, Vector3.Lerp(start, end, (float)Math.Max(0, 1 - length / full)), 0, 0);
        return this;
    }

    /// <summary>The default range (-8, 8, 1).</summary>
    public static AxisRange DefaultRange => new(-8, 8, 1);

    /// <summary>Range of numbers and tick step.</summary>
    public AxisRange Range { get; }

    /// <summary>Smallest number on the line.</summary>
    public double XMin => Range.Min;

    /// <summary>Largest number on the line.</summary>
    public double XMax => Range.Max;

    /// <summary>Tick step.</summary>
    public double XStep => Range.Step;

    /// <summary>The resolved style.</summary>
    public NumberLineConfig Config { get; }

    /// <summary>The ticks (a child group; empty when ticks are off).</summary>
    public VGroup Ticks { get; private set; }

    /// <summary>Number labels added by <c>AddNumbers</c> (empty until then).</summary>
    public VGroup Numbers { get; protected set; } = new();

    /// <summary>Start of the line itself (the point of <see cref="XMin"/>), not of its ticks.</summary>
    public override Vector3 GetStart() => Points[0];

    /// <summary>End of the line itself (the point of <see cref="XMax"/>): the tip's point when the line has a tip.</summary>
    public override Vector3 GetEnd() => Tip is { } tip ? tip.GetTipPoint() : Points[^1];

    /// <summary>Scene units per unit of the range.</summary>
    public double GetUnitSize() => GetLength() / Range.Length;

    /// <summary>The point of number <paramref name="x"/> (extrapolated beyond the range).</summary>
    public Vector3 NumberToPoint(double x)
    {
        double alpha = (x - XMin) / Range.Length;
        return VectorMath.Lerp(GetStart(), GetEnd(), alpha);
    }

    /// <summary>Short alias of <see cref="NumberToPoint"/>.</summary>
    public Vector3 N2P(double x) => NumberToPoint(x);

    /// <summary>The number whose point is the projection of <paramref name="point"/> onto the line.</summary>
    public double PointToNumber(Vector3 point)
    {
        var start = GetStart();
        var vect = GetEnd() - start;
        double proportion = Vector3.Dot(point - start, vect) / Vector3.Dot(vect, vect);
        return VectorMath.Lerp(XMin, XMax, proportion);
    }

    /// <summary>Short alias of <see cref="PointToNumber"/>.</summary>
    public double P2N(Vector3 point) => PointToNumber(point);

    /// <summary>A tick of half-length <paramref name="size"/> across the line at number <paramref name="x"/>, styled like the line.</summary>
    public Line GetTick(double x, double size)
    {
        var tick = new Line(Directions.Down * (float)size, Directions.Up * (float)size);
        tick.Rotate(GetAngle());
        tick.MoveTo(N2P(x));
        tick.StrokeColor = tick.FillColor = StrokeColor;
        tick.StrokeWidth = StrokeWidth;
        tick.StrokeOpacity = StrokeOpacity;
        return tick;
    }

    /// <summary>
    /// A <see cref="DecimalNumber"/> showing <paramref name="x"/>, placed beside its point on the line in
    /// <paramref name="direction"/> (the config's <c>LineToNumberDirection</c>) with gap <paramref name="buff"/>. A negative
    /// number under a horizontal line is shifted so its digits, not its minus sign, are centred under the tick.
    /// </summary>
    public DecimalNumber GetNumberMobject(double x, Vector3? direction = null, double? buff = null, double? fontSize = null, int? decimalPlaces = null)
    {
        var dir = direction ?? Config.LineToNumberDirection!.Value;
        var number = new DecimalNumber(x, decimalPlaces ?? Config.DecimalPlaces!.Value, fontSize: fontSize ?? Config.FontSize!.Value);
        number.NextTo(N2P(x), dir, buff ?? Config.LineToNumberBuff!.Value);
        if (x < 0 && Math.Abs(dir.X) < 1e-6 && number.Count > 0) number.Shift(Directions.Left * (float)(number[0].GetWidth() / 2));
        return number;
    }

    /// <summary>
    /// Adds number labels (a child group, also kept as <see cref="Numbers"/>) at <paramref name="xValues"/> (every tick
    /// by default) except <paramref name="excluding"/>, at font size <paramref name="fontSize"/>; returns them.
    /// </summary>
    public VGroup AddNumbers(IEnumerable<double>? xValues = null, IEnumerable<double>? excluding = null, double fontSize = 24,
        int? decimalPlaces = null, Vector3? direction = null, double? buff = null)
    {
        var skip = (excluding ?? []).ToList();
        var numbers = new VGroup();
        foreach (double x in xValues ?? Range.Values())
        {
            if (skip.Any(e => Math.Abs(e - x) < 1e-9)) continue;
            numbers.Add((Mobject)GetNumberMobject(x, direction, buff, fontSize, decimalPlaces));
        }
        if (Submobjects.Contains(Numbers)) this.Remove((Mobject)Numbers);
        this.Add((Mobject)numbers);
        Numbers = numbers;
        return numbers;
    }

    /// <inheritdoc/>
    protected override void RemapReferences(Mobject original, IReadOnlyDictionary<Mobject, Mobject> map)
    {
        base.RemapReferences(original, map);
        Ticks = Remap(Ticks, map);
        Numbers = Remap(Numbers, map);
        if (Tip is not null) Tip = Remap(Tip, map);
    }
}
